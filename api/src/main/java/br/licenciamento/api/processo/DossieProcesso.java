package br.licenciamento.api.processo;

import java.time.Instant;
import java.util.List;

/** Everything known about one licensing request, in one document. */
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
        List<Ocorrencia> linhaDoTempo) {

    /** One readable line of the process's timeline. */
    public record Ocorrencia(Instant quando, String descricao) {
    }
}
