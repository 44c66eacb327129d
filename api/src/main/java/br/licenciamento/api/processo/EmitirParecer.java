package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records a technical or legal opinion, favourable or not. */
public record EmitirParecer(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String parecerId,
        TipoDeParecer tipo,
        boolean favoravel,
        String texto) {
}
