package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The applicant's self-declaration for an LAC; the licence follows without prior technical analysis. */
public record DeclararAdesaoECompromisso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String licencaId,
        String declaracao) {
}
