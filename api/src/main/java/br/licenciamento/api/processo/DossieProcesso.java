package br.licenciamento.api.processo;

import java.time.Instant;
import java.util.List;

/**
 * Everything known about one licensing request, in one document; {@code versao} is the process's version the
 * dossier shows (also its {@code ETag}), to send back in {@code If-Match}.
 */
public record DossieProcesso(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        SituacaoProcesso situacao,
        Instant protocoladoEm,
        List<Ocorrencia> linhaDoTempo,
        Long versao) {

    /** One readable line of the process's timeline. */
    public record Ocorrencia(Instant quando, String descricao) {
    }
}
