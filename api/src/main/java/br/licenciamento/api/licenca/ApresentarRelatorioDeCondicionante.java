package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The holder reports compliance with one condition, with a document already uploaded. */
public record ApresentarRelatorioDeCondicionante(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        String condicionanteId,
        String relatorioId,
        String documentoId,
        String descricao) {
}
