package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancels the licence by reasoned decision. */
public record CancelarLicenca(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        MotivoDeSancao motivo,
        String fundamentos) {
}
