package br.licenciamento.api.processo;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A licensing request was filed; its regime and the rule catalogue version it follows are fixed from now on.
 * Revision 2 added the enterprise id, the location and the prior licence; revision-less events are upcast
 * (empreendimentoId = processoId). Revision 3 added the catalogue version; older events are upcast to version 1.
 */
@Revision("3")
public record ProcessoProtocolado(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        Localizacao localizacao,
        TipoLicenca tipoLicenca,
        String licencaAnteriorId,
        RegimeJuridico regime,
        Instant protocoladoEm,
        Integer versaoDoCatalogo) {
}
