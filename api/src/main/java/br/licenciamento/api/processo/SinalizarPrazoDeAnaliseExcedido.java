package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Flags that the agency missed its analysis deadline (sent by the deadline saga). Never approves anything. */
public record SinalizarPrazoDeAnaliseExcedido(@TargetAggregateIdentifier String processoId) {
}
