package br.licenciamento.app;

import java.util.Locale;

/** GeoJSON geometries as the API receives them (longitude, latitude), for the territorial tests. */
public final class GeoJsonDeTeste {

    private GeoJsonDeTeste() {
    }

    public static String ponto(double lon, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]}", lon, lat);
    }

    /** A polygon with the sides along the meridians and parallels of the two corners. */
    public static String retangulo(double minLon, double minLat, double maxLon, double maxLat) {
        return String.format(Locale.ROOT, "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.6f,%2$.6f],[%3$.6f,%2$.6f],"
                + "[%3$.6f,%4$.6f],[%1$.6f,%4$.6f],[%1$.6f,%2$.6f]]]}", minLon, minLat, maxLon, maxLat);
    }
}
