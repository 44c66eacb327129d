package br.licenciamento.api.pessoa;

public record ResumoPessoa(String pessoaId, TipoPessoa tipo, String documento, String nome, String nomeFantasia,
                           String municipioIbge, boolean ativa) {
}
