package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Files a licensing request (protocolo). */
public record ProtocolarProcesso(
        @TargetAggregateIdentifier String processoId,
        String requerenteId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        TipoLicenca tipoLicenca) {
}
