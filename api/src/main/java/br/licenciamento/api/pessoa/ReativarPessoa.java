package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReativarPessoa(@TargetAggregateIdentifier String pessoaId) {
}
