package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Appeals against the decision. */
public record InterporRecurso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String recursoId,
        String fundamentos) {
}
