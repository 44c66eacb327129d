package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** LGPD erasure request (art. 18 VI): the person's data becomes unreadable everywhere, for good. */
public record EliminarDadosPessoais(@TargetAggregateIdentifier String pessoaId, String fundamento) {
}
