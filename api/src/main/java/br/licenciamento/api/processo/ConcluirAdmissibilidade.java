package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Says whether the study meets the terms of reference; a refusal needs its reason. */
public record ConcluirAdmissibilidade(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        boolean admitido,
        String motivo) {
}
