package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the person's e-mail, phone and address (all three, as the user sees them on the form). */
public record AtualizarContatos(
        @TargetAggregateIdentifier String pessoaId,
        String email,
        String telefone,
        Endereco endereco) {
}
