package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that the licence expired (sent by the validity saga). */
public record RegistrarVencimento(@TargetAggregateIdentifier String licencaId) {
}
