package br.licenciamento.api.territorio;

/** A level of government (LC 140/2011): who manages a protected territory, or who is competent to license. */
public enum Esfera {
    FEDERAL,
    ESTADUAL,
    MUNICIPAL
}
