package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancels a request whose fee slip {@code guiaId} was not paid within the agency's term (sent by the fee saga). */
public record CancelarPorFaltaDePagamento(@TargetAggregateIdentifier String processoId, String guiaId) {
}
