package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The agency grants the applicant's justified request for more time to answer (LC 140 art. 15). */
public record ProrrogarPrazoDeComplementacao(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        int dias,
        String justificativa) {
}
