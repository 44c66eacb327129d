package br.licenciamento.api.documento;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The agency accepts or rejects the current version; a rejection needs its reason. */
public record AvaliarDocumento(
        @TargetAggregateIdentifier String documentoId,
        @TargetAggregateVersion Long versao,
        boolean aceito,
        String motivo) {
}
