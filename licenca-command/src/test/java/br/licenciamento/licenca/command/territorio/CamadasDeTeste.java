package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.api.territorio.VersaoDeCamada;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.env.StandardEnvironment;

import java.time.Instant;
import java.util.List;

/**
 * A small synthetic geography for the tests (Minas Gerais-like coordinates): two states split by the meridian -44,
 * two municipalities, a federal park, a state park, a state APA and an indigenous land. Points 2 km and 4 km east
 * of the state park are given too (at latitude -19.4, one degree of longitude is about 104.9 km).
 */
public final class CamadasDeTeste {

    public static final Instant PUBLICADA = Instant.parse("2026-01-10T12:00:00Z");
    public static final String MUNICIPIO_SUL = "3100001";
    public static final String MUNICIPIO_NORTE = "3100002";

    public static final double[] DENTRO_DA_UC_ESTADUAL = {-45.4, -19.4};
    public static final double[] DOIS_KM_DA_UC_ESTADUAL = {-45.3 + 2.0 / 104.88, -19.4};
    public static final double[] QUATRO_KM_DA_UC_ESTADUAL = {-45.3 + 4.0 / 104.88, -19.4};
    public static final double[] DENTRO_DA_TERRA_INDIGENA = {-45.75, -18.25};
    public static final double[] SO_NA_APA = {-45.0, -18.4};
    public static final double[] DENTRO_DO_PARQUE_NACIONAL = {-45.8, -19.8};
    public static final double[] LONGE_DE_TUDO = {-45.1, -19.9};

    private CamadasDeTeste() {
    }

    public static CamadaCarregada ucs(int versao, Feicao... extras) {
        List<Feicao> feicoes = new java.util.ArrayList<>(List.of(
                feicao("ucs", versao, TipoDeCamada.UNIDADE_DE_CONSERVACAO, "pe-serra", "Parque Estadual da Serra", Esfera.ESTADUAL,
                        "PE", null, null, null, quadrado(-45.5, -19.5, -45.3, -19.3)),
                feicao("ucs", versao, TipoDeCamada.UNIDADE_DE_CONSERVACAO, "parna-vale", "Parque Nacional do Vale", Esfera.FEDERAL,
                        "PARNA", null, null, null, quadrado(-45.9, -19.9, -45.7, -19.7)),
                feicao("ucs", versao, TipoDeCamada.UNIDADE_DE_CONSERVACAO, "apa-rio", "APA do Rio", Esfera.ESTADUAL, "APA",
                        null, null, null, quadrado(-45.2, -18.6, -44.8, -18.2))));
        feicoes.addAll(List.of(extras));
        return camada("ucs", "Unidades de conservação", TipoDeCamada.UNIDADE_DE_CONSERVACAO, versao, feicoes);
    }

    public static CamadaCarregada terrasIndigenas() {
        return camada("tis", "Terras indígenas", TipoDeCamada.TERRA_INDIGENA, 1, List.of(
                feicao("tis", 1, TipoDeCamada.TERRA_INDIGENA, "ti-aldeia", "TI Aldeia", Esfera.FEDERAL, null, null, null, null,
                        quadrado(-45.9, -18.4, -45.6, -18.1))));
    }

    public static CamadaCarregada estados() {
        return camada("estados", "Estados", TipoDeCamada.LIMITE_ESTADUAL, 1, List.of(
                feicao("estados", 1, TipoDeCamada.LIMITE_ESTADUAL, "mg", "Minas Gerais", null, null, null, "MG", null,
                        quadrado(-46.5, -20.5, -44, -17.5)),
                feicao("estados", 1, TipoDeCamada.LIMITE_ESTADUAL, "ba", "Bahia", null, null, null, "BA", null,
                        quadrado(-44, -20.5, -41.5, -17.5))));
    }

    public static CamadaCarregada municipios() {
        return camada("municipios", "Municípios", TipoDeCamada.LIMITE_MUNICIPAL, 1, List.of(
                feicao("municipios", 1, TipoDeCamada.LIMITE_MUNICIPAL, MUNICIPIO_SUL, "Vila do Sul", null, null, null, "MG",
                        MUNICIPIO_SUL, quadrado(-46, -20, -45, -19)),
                feicao("municipios", 1, TipoDeCamada.LIMITE_MUNICIPAL, MUNICIPIO_NORTE, "Vila do Norte", null, null, null, "MG",
                        MUNICIPIO_NORTE, quadrado(-46, -19, -45, -18))));
    }

    public static IndiceDasCamadas indice() {
        return IndiceDasCamadas.emMemoria(ucs(1), terrasIndigenas(), estados(), municipios());
    }

    public static ValidacaoDeGeometria validacao(IndiceDasCamadas indice) {
        return new ValidacaoDeGeometria(indice, 50_000, 3_000);
    }

    public static AnaliseTerritorial analise(IndiceDasCamadas indice) {
        return new AnaliseTerritorial(indice, new StandardEnvironment(), Esfera.ESTADUAL, "MG");
    }

    public static CamadaCarregada camada(String id, String nome, TipoDeCamada tipo, int versao, List<Feicao> feicoes) {
        return new CamadaCarregada(new VersaoDeCamada(id, nome, tipo, versao), PUBLICADA, feicoes);
    }

    public static Feicao feicao(String camadaId, int versao, TipoDeCamada tipo, String id, String nome, Esfera esfera,
                                String categoria, Double faixa, String uf, String municipio, Geometry g) {
        return new Feicao(camadaId, versao, tipo, id, nome, esfera, categoria, faixa, uf, municipio, g);
    }

    public static Geometry quadrado(double minLon, double minLat, double maxLon, double maxLat) {
        return GeoJson.FABRICA.createPolygon(new Coordinate[]{new Coordinate(minLon, minLat), new Coordinate(maxLon, minLat),
                new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat), new Coordinate(minLon, minLat)});
    }

    public static String ponto(double[] lonLat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lonLat[0] + "," + lonLat[1] + "]}";
    }

    public static String linha(double lon1, double lat1, double lon2, double lat2) {
        return "{\"type\":\"LineString\",\"coordinates\":[[" + lon1 + "," + lat1 + "],[" + lon2 + "," + lat2 + "]]}";
    }

    /** A bow tie: the polygon crosses itself. */
    public static final String POLIGONO_AUTO_INTERSECTANTE =
            "{\"type\":\"Polygon\",\"coordinates\":[[[-45.6,-19.6],[-45.5,-19.5],[-45.6,-19.5],[-45.5,-19.6],[-45.6,-19.6]]]}";
}
