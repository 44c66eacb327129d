package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A document arrived for the process: if with it every document the classification requires has been delivered, the
 * agency's analysis term starts to run (Lei 15.190 art. 47). Sent by the platform on each upload; changes nothing
 * otherwise.
 */
public record RegistrarEntregaDosDocumentos(@TargetAggregateIdentifier String processoId) {
}
