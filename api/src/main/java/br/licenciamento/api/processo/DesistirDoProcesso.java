package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant withdraws the request. */
public record DesistirDoProcesso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String motivo) {
}
