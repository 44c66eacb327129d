package br.licenciamento.api.pessoa;

import java.time.Instant;

/**
 * A person joined the registry. Personal data is encrypted with the person's key; {@code documentoHash} is a
 * keyed hash of the normalized CPF/CNPJ that keeps uniqueness checkable without revealing the document.
 */
public record PessoaRegistrada(
        String pessoaId,
        TipoPessoa tipo,
        String documentoHash,
        DadoProtegido documento,
        DadoProtegido nome,
        DadoProtegido nomeFantasia,
        String cnaePrincipal,
        DadoProtegido representanteLegalCpf,
        DadoProtegido representanteLegalNome,
        EnderecoProtegido endereco,
        DadoProtegido email,
        DadoProtegido telefone,
        Instant registradaEm) {
}
