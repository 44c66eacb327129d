package br.licenciamento.api.pessoa;

import java.time.Instant;

/** New contacts of a person, encrypted with the person's key like at registration. */
public record ContatosAtualizados(
        String pessoaId,
        DadoProtegido email,
        DadoProtegido telefone,
        EnderecoProtegido endereco,
        Instant atualizadosEm) {
}
