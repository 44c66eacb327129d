package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** The applicant answers the complementation with documents already uploaded to the process. */
public record AtenderComplementacao(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        List<String> documentoIds,
        String observacao) {
}
