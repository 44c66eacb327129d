package br.licenciamento.api.territorio;

/** What a reference layer holds; the competence rules read conservation units, indigenous lands and boundaries. */
public enum TipoDeCamada {
    UNIDADE_DE_CONSERVACAO,
    TERRA_INDIGENA,
    TERRITORIO_QUILOMBOLA,
    LIMITE_ESTADUAL,
    LIMITE_MUNICIPAL,
    OUTRA
}
