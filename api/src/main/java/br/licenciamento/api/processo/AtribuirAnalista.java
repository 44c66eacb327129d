package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The manager hands the analysis of a process to one analyst (or to another one): from then on only that analyst,
 * among the analysts, acts on it.
 *
 * @param analista the analyst's user name (the subject of their token)
 */
public record AtribuirAnalista(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String analista) {
}
