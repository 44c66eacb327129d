package br.licenciamento.api.processo;

/** Polluting potential of the activity: low, medium, high. */
public enum PotencialPoluidor {
    P, M, G
}
