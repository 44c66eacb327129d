package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Classifies the request by size and polluting potential (enquadramento). */
public record EnquadrarProcesso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        Porte porte,
        PotencialPoluidor potencial) {
}
