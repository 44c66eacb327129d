package br.licenciamento.api.pessoa;

/** Asks whether a person exists in the registry and is active (for example before filing a request). */
public record ConsultaDeSituacaoCadastral(String pessoaId) {
}
