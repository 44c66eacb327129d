package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** A public hearing is requested; citizens need 50 or more signatures. */
public record SolicitarAudienciaPublica(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        SolicitanteDeAudiencia solicitante,
        String nomeDoSolicitante,
        int assinaturas) {
}
