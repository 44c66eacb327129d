package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Refuses the licence, with grounds. */
public record IndeferirProcesso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String fundamentos) {
}
