package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Files a licensing request (protocolo).
 *
 * @param empreendimentoId  the enterprise; a new id when it is the enterprise's first request
 * @param licencaAnteriorId the valid licence this one follows (LP for an LI, LI for an LO); null when none is needed
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
        String licencaAnteriorId) {
}
