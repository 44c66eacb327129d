package br.licenciamento.api.pessoa;

public record BuscarPessoa(String pessoaId) {
}
