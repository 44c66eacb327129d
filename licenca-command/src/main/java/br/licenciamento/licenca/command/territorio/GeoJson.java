package br.licenciamento.licenca.command.territorio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.ArrayList;
import java.util.List;

/**
 * GeoJSON geometries (RFC 7946: Point, LineString, Polygon and their Multi- forms, longitude-latitude) to JTS and
 * back, read with Jackson. A broken geometry is a {@link GeometriaInvalidaException} naming what is wrong; nothing
 * here throws anything else on bad input.
 */
public final class GeoJson {

    /** SIRGAS 2000 (EPSG:4674); WGS 84 coordinates are the same to within a metre or so in Brazil. */
    public static final int SRID = 4674;
    public static final GeometryFactory FABRICA = new GeometryFactory(new PrecisionModel(), SRID);
    static final ObjectMapper JSON = new ObjectMapper();
    /** Beyond this the body is no plausible enterprise: a guard against nested arrays sent to exhaust the server. */
    private static final int MAXIMO_DE_VERTICES = 1_000_000;

    private GeoJson() {
    }

    /** A geometry as the request's JSON body gave it (maps, lists, numbers), as compact JSON text. */
    public static String texto(Object geometria) {
        try {
            return JSON.writeValueAsString(geometria);
        } catch (JsonProcessingException e) {
            throw new GeometriaInvalidaException("geometria", "geometria-invalida.json");
        }
    }

    public static Geometry ler(String texto, String campo) {
        JsonNode no;
        try {
            no = JSON.readTree(texto);
        } catch (JsonProcessingException e) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.json");
        }
        return ler(no, campo);
    }

    public static Geometry ler(JsonNode no, String campo) {
        if (no == null || !no.isObject()) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.objeto");
        }
        String tipo = no.path("type").asText("");
        JsonNode c = no.get("coordinates");
        if (c == null || !c.isArray()) {
            if (!List.of("Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon").contains(tipo)) {
                throw new GeometriaInvalidaException(campo, "geometria-invalida.tipo", tipo);
            }
            throw new GeometriaInvalidaException(campo, "geometria-invalida.coordenadas", tipo);
        }
        int[] vertices = {0};
        Geometry g = switch (tipo) {
            case "Point" -> FABRICA.createPoint(coordenada(c, campo, tipo, vertices));
            case "LineString" -> linha(c, campo, tipo, vertices);
            case "Polygon" -> poligono(c, campo, tipo, vertices);
            case "MultiPoint" -> {
                List<Point> pontos = new ArrayList<>();
                for (JsonNode p : c) {
                    pontos.add(FABRICA.createPoint(coordenada(p, campo, tipo, vertices)));
                }
                exigirNaoVazia(pontos, campo, tipo);
                yield FABRICA.createMultiPoint(pontos.toArray(Point[]::new));
            }
            case "MultiLineString" -> {
                List<LineString> linhas = new ArrayList<>();
                for (JsonNode l : c) {
                    linhas.add(linha(l, campo, tipo, vertices));
                }
                exigirNaoVazia(linhas, campo, tipo);
                yield FABRICA.createMultiLineString(linhas.toArray(LineString[]::new));
            }
            case "MultiPolygon" -> {
                List<Polygon> poligonos = new ArrayList<>();
                for (JsonNode p : c) {
                    poligonos.add(poligono(p, campo, tipo, vertices));
                }
                exigirNaoVazia(poligonos, campo, tipo);
                yield FABRICA.createMultiPolygon(poligonos.toArray(Polygon[]::new));
            }
            default -> throw new GeometriaInvalidaException(campo, "geometria-invalida.tipo", tipo);
        };
        return g;
    }

    private static void exigirNaoVazia(List<?> partes, String campo, String tipo) {
        if (partes.isEmpty()) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.coordenadas", tipo);
        }
    }

    private static Coordinate coordenada(JsonNode p, String campo, String tipo, int[] vertices) {
        if (p == null || !p.isArray() || p.size() < 2 || p.size() > 3 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.coordenadas", tipo);
        }
        double x = p.get(0).asDouble();
        double y = p.get(1).asDouble();
        if (!Double.isFinite(x) || !Double.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.graus", tipo);
        }
        if (++vertices[0] > MAXIMO_DE_VERTICES) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.vertices", MAXIMO_DE_VERTICES);
        }
        return new Coordinate(x, y);
    }

    private static Coordinate[] sequencia(JsonNode c, String campo, String tipo, int[] vertices) {
        if (c == null || !c.isArray()) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.coordenadas", tipo);
        }
        Coordinate[] pontos = new Coordinate[c.size()];
        for (int i = 0; i < c.size(); i++) {
            pontos[i] = coordenada(c.get(i), campo, tipo, vertices);
        }
        return pontos;
    }

    private static LineString linha(JsonNode c, String campo, String tipo, int[] vertices) {
        Coordinate[] pontos = sequencia(c, campo, tipo, vertices);
        if (pontos.length < 2) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.linha", tipo);
        }
        return FABRICA.createLineString(pontos);
    }

    private static Polygon poligono(JsonNode c, String campo, String tipo, int[] vertices) {
        if (c == null || !c.isArray() || c.isEmpty()) {
            throw new GeometriaInvalidaException(campo, "geometria-invalida.coordenadas", tipo);
        }
        LinearRing[] aneis = new LinearRing[c.size()];
        for (int i = 0; i < c.size(); i++) {
            Coordinate[] pontos = sequencia(c.get(i), campo, tipo, vertices);
            if (pontos.length < 4 || !pontos[0].equals2D(pontos[pontos.length - 1])) {
                throw new GeometriaInvalidaException(campo, "geometria-invalida.anel", tipo);
            }
            aneis[i] = FABRICA.createLinearRing(pontos);
        }
        LinearRing[] buracos = new LinearRing[aneis.length - 1];
        System.arraycopy(aneis, 1, buracos, 0, buracos.length);
        return FABRICA.createPolygon(aneis[0], buracos);
    }

    /** The geometry as a GeoJSON object (for the layers' features endpoint and the events). */
    public static ObjectNode escrever(Geometry g) {
        ObjectNode no = JSON.createObjectNode();
        no.put("type", g.getGeometryType());
        if (g instanceof Point p) {
            ponto(no.putArray("coordinates"), p.getCoordinate());
        } else if (g instanceof LineString l) {
            linha(no.putArray("coordinates"), l);
        } else if (g instanceof Polygon p) {
            poligono(no.putArray("coordinates"), p);
        } else {
            ArrayNode partes = no.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry parte = g.getGeometryN(i);
                if (parte instanceof Point p) {
                    ponto(partes.addArray(), p.getCoordinate());
                } else if (parte instanceof LineString l) {
                    linha(partes.addArray(), l);
                } else if (parte instanceof Polygon p) {
                    poligono(partes.addArray(), p);
                }
            }
        }
        return no;
    }

    private static void ponto(ArrayNode destino, Coordinate c) {
        destino.add(c.x).add(c.y);
    }

    private static void linha(ArrayNode destino, LineString l) {
        for (Coordinate c : l.getCoordinates()) {
            ponto(destino.addArray(), c);
        }
    }

    private static void poligono(ArrayNode destino, Polygon p) {
        linha(destino.addArray(), p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            linha(destino.addArray(), p.getInteriorRingN(i));
        }
    }
}
