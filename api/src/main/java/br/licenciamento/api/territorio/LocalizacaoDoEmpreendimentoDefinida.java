package br.licenciamento.api.territorio;

import java.time.Instant;

/**
 * The enterprise's location, as a GeoJSON geometry (Point, LineString, Polygon or their Multi- forms) in SIRGAS 2000
 * / WGS 84 longitude-latitude, was given at filing or corrected afterwards.
 *
 * @param geometria the GeoJSON geometry object, as compact JSON text
 */
public record LocalizacaoDoEmpreendimentoDefinida(String processoId, String geometria, String municipioIbge,
                                                   Instant definidaEm) {
}
