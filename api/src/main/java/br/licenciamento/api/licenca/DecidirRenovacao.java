package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Decides the pending renewal: a new validity (months from today, inside the legal range) or a refusal. */
public record DecidirRenovacao(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        boolean renovada,
        int validadeMeses,
        String fundamentos) {
}
