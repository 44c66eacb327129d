package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The agency changes a condition still to be fulfilled (on request or of its own motion), with grounds. */
public record AlterarCondicionante(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        String condicionanteId,
        String descricao,
        LocalDate prazo,
        String fundamentos) {
}
