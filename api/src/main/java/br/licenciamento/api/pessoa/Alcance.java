package br.licenciamento.api.pessoa;

/** What a power of attorney or a technical responsibility covers. */
public enum Alcance {
    EMPREENDIMENTO,
    PROCESSO
}
