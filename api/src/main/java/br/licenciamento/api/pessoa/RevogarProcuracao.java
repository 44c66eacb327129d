package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevogarProcuracao(@TargetAggregateIdentifier String pessoaId, String procuracaoId) {
}
