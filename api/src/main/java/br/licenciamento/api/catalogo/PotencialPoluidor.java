package br.licenciamento.api.catalogo;

/** Polluting potential of the activity: low, medium, high. */
public enum PotencialPoluidor {
    P, M, G
}
