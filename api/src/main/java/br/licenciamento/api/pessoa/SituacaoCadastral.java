package br.licenciamento.api.pessoa;

/** {@code existe} is false for unknown ids and for people whose data was erased. */
public record SituacaoCadastral(String pessoaId, boolean existe, boolean ativa) {
}
