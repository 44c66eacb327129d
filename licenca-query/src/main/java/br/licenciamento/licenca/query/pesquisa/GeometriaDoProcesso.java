package br.licenciamento.licenca.query.pesquisa;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;

/**
 * The location's GeoJSON geometry as the search model keeps it: compact JSON re-written from the parsed tree (so the
 * public map can embed it as it is) and its bounding box in longitude-latitude (so a bbox is one range test).
 */
record GeometriaDoProcesso(String geojson, double lonMin, double latMin, double lonMax, double latMax) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Empty for text that is not a GeoJSON geometry with coordinates (the write side validates; the read side does not fail). */
    static Optional<GeometriaDoProcesso> de(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode geometria = JSON.readTree(geojson);
            if (!geometria.isObject() || !geometria.path("type").isString()) {
                return Optional.empty();
            }
            double[] caixa = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                    Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
            envolver(geometria, caixa);
            if (caixa[0] > caixa[2]) {
                return Optional.empty();
            }
            return Optional.of(new GeometriaDoProcesso(JSON.writeValueAsString(geometria), caixa[0], caixa[1], caixa[2], caixa[3]));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Every position of the geometry (and of the members of a GeometryCollection) widens the box. */
    private static void envolver(JsonNode geometria, double[] caixa) {
        if (geometria.has("geometries")) {
            geometria.get("geometries").forEach(membro -> envolver(membro, caixa));
        }
        posicoes(geometria.path("coordinates"), caixa);
    }

    private static void posicoes(JsonNode no, double[] caixa) {
        if (!no.isArray() || no.isEmpty()) {
            return;
        }
        if (no.get(0).isNumber()) {
            if (no.size() >= 2 && no.get(1).isNumber()) {
                double lon = no.get(0).asDouble();
                double lat = no.get(1).asDouble();
                caixa[0] = Math.min(caixa[0], lon);
                caixa[1] = Math.min(caixa[1], lat);
                caixa[2] = Math.max(caixa[2], lon);
                caixa[3] = Math.max(caixa[3], lat);
            }
            return;
        }
        no.forEach(filho -> posicoes(filho, caixa));
    }
}
