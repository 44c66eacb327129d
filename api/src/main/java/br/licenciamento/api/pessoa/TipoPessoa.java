package br.licenciamento.api.pessoa;

/** Natural person (CPF) or legal person (CNPJ). */
public enum TipoPessoa {
    FISICA,
    JURIDICA
}
