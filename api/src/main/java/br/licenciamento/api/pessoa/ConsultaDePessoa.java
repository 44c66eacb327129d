package br.licenciamento.api.pessoa;

public record ConsultaDePessoa(String pessoaId) {
}
