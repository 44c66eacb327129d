package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Suspends the licence by reasoned decision. */
public record SuspenderLicenca(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        MotivoDeSancao motivo,
        String fundamentos) {
}
