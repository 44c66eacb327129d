package br.licenciamento.api.processo;

/** Size of the enterprise (porte): small, medium, large. */
public enum Porte {
    P, M, G
}
