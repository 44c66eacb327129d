package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Takes a person out of active use: no new requests or powers of attorney in their name. */
public record InativarPessoa(@TargetAggregateIdentifier String pessoaId, String motivo) {
}
