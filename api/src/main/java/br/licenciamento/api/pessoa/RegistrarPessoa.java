package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a natural person (CPF) or a legal person (CNPJ, with trade name, main CNAE and legal
 * representative). The document may come punctuated or plain.
 */
public record RegistrarPessoa(
        @TargetAggregateIdentifier String pessoaId,
        TipoPessoa tipo,
        String documento,
        String nome,
        String nomeFantasia,
        String cnaePrincipal,
        String representanteLegalCpf,
        String representanteLegalNome,
        Endereco endereco,
        String email,
        String telefone) {
}
