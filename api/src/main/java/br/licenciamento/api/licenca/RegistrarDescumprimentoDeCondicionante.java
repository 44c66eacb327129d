package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records that a condition's due date passed without an approved report (sent by the conditions saga). */
public record RegistrarDescumprimentoDeCondicionante(@TargetAggregateIdentifier String licencaId, String condicionanteId) {
}
