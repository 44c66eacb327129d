package br.licenciamento.api.processo;

/** A point in WGS 84 decimal degrees. */
public record Localizacao(double latitude, double longitude) {
}
