package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Files a licensing request (protocolo).
 *
 * @param empreendimentoId  the enterprise; a new id when it is the enterprise's first request
 * @param licencaAnteriorId the valid licence this one follows (LP for an LI, LI for an LO); null when none is needed
 * @param geometria         the enterprise's location as a GeoJSON geometry (compact JSON text, longitude-latitude);
 *                          null when not given (it can be given later)
 */
public record ProtocolarProcesso(
        @TargetAggregateIdentifier String processoId,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        Localizacao localizacao,
        TipoLicenca tipoLicenca,
        String licencaAnteriorId,
        String geometria) {
}
