package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Confirms the fee was paid; the analysis starts. */
public record ConfirmarPagamento(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String guiaId) {
}
