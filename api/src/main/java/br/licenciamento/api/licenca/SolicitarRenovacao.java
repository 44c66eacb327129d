package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The holder asks to renew the licence. */
public record SolicitarRenovacao(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        String justificativa) {
}
