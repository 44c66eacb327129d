package br.licenciamento.api.processo;

import java.time.Instant;

/** A licensing request was filed; its regime is fixed from now on. */
public record ProcessoProtocolado(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        Instant protocoladoEm) {
}
