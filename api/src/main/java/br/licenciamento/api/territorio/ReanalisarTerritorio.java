package br.licenciamento.api.territorio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A reference layer near the enterprise changed: analyse its location again against the layers now in force
 * ({@code motivo=CAMADA_ALTERADA}). Sent by the platform; nothing happens when the process has no location or is closed.
 *
 * @param camadaId the layer whose new version caused it
 * @param versao   that new version
 */
public record ReanalisarTerritorio(@TargetAggregateIdentifier String processoId, String camadaId, int versao) {
}
