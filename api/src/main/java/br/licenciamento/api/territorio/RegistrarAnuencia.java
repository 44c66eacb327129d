package br.licenciamento.api.territorio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the protected territory manager's authorization (or the notice sent), with the document that shows it. */
public record RegistrarAnuencia(@TargetAggregateIdentifier String processoId, String feicaoId, String documento) {
}
