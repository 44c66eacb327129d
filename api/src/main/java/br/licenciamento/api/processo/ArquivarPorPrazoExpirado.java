package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Archives a request whose complementation deadline has passed unanswered (sent by the deadline saga). */
public record ArquivarPorPrazoExpirado(@TargetAggregateIdentifier String processoId) {
}
