package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Decides the pending appeal. */
public record JulgarRecurso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        boolean provido,
        String fundamentos) {
}
