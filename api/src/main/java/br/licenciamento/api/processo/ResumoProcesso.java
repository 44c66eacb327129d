package br.licenciamento.api.processo;

import java.time.Instant;

/** One line of a search result. */
public record ResumoProcesso(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        SituacaoProcesso situacao,
        Instant protocoladoEm) {
}
