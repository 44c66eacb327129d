package br.licenciamento.api.territorio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Publishes version {@code versao} of a reference layer, whose features were already stored under (camadaId, versao)
 * by the upload; the first version creates the layer.
 */
public record PublicarCamada(@TargetAggregateIdentifier String camadaId, String nome, TipoDeCamada tipo, int versao,
                             int feicoes, String sha256, String autor) {
}
