package br.licenciamento.api.catalogo;

/** Size of the enterprise (porte): small, medium, large. */
public enum Porte {
    P, M, G
}
