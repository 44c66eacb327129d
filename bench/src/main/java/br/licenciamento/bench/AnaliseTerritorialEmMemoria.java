package br.licenciamento.bench;

import br.licenciamento.api.territorio.AnaliseTerritorialRealizada.MotivoDaAnalise;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.api.territorio.VersaoDeCamada;
import br.licenciamento.licenca.command.catalogo.RegraDeCompetencia;
import br.licenciamento.licenca.command.territorio.AnaliseTerritorial;
import br.licenciamento.licenca.command.territorio.CamadaCarregada;
import br.licenciamento.licenca.command.territorio.Feicao;
import br.licenciamento.licenca.command.territorio.GeoJson;
import br.licenciamento.licenca.command.territorio.IndiceDasCamadas;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.springframework.core.env.StandardEnvironment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The territorial analysis of one enterprise against layers of realistic size, in this JVM before the platform starts
 * (the same code the platform runs at filing): 2,000 conservation units (40 vertices each, 80,000 in all) scattered over
 * Brazil's extent and 5,570 municipal boundaries (a grid, 64 vertices each); half the enterprises are points, half small
 * polygons. The first 200 analyses warm the JIT and are not counted.
 */
final class AnaliseTerritorialEmMemoria {

    record Resultado(double p50, double p99, double maximo, int analises) {

        String resumo() {
            return "p50 %.2f ms, p99 %.2f ms, max %.2f ms (%d analises)".formatted(p50, p99, maximo, analises);
        }
    }

    Resultado medir(int analises) {
        Random aleatorio = new Random(25);
        List<Feicao> ucs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double lon = -73 + aleatorio.nextDouble() * 38;
            double lat = -33 + aleatorio.nextDouble() * 37;
            ucs.add(new Feicao("ucs", 1, TipoDeCamada.UNIDADE_DE_CONSERVACAO, "uc-" + i, "UC " + i, Esfera.values()[i % 3],
                    i % 5 == 0 ? "APA" : "PARNA", null, null, null, circulo(lon, lat, 0.02 + aleatorio.nextDouble() * 0.3, 40)));
        }
        List<Feicao> municipios = new ArrayList<>();
        int colunas = 74;
        int linhas = 76; // 5,624 cells, 5,570 kept
        double largura = 38.0 / colunas;
        double altura = 37.0 / linhas;
        for (int c = 0; c < colunas && municipios.size() < 5570; c++) {
            for (int l = 0; l < linhas && municipios.size() < 5570; l++) {
                String codigo = String.valueOf(1_000_000 + municipios.size());
                municipios.add(new Feicao("municipios", 1, TipoDeCamada.LIMITE_MUNICIPAL, codigo, "M" + codigo, null, null,
                        null, null, codigo, celula(-73 + c * largura, -33 + l * altura, largura, altura, 16)));
            }
        }
        Instant publicadas = Instant.parse("2026-01-10T12:00:00Z");
        IndiceDasCamadas indice = IndiceDasCamadas.emMemoria(
                new CamadaCarregada(new VersaoDeCamada("ucs", "UCs", TipoDeCamada.UNIDADE_DE_CONSERVACAO, 1), publicadas, ucs),
                new CamadaCarregada(new VersaoDeCamada("municipios", "Municipios", TipoDeCamada.LIMITE_MUNICIPAL, 1), publicadas,
                        municipios));
        AnaliseTerritorial analise = new AnaliseTerritorial(indice, new StandardEnvironment(), Esfera.ESTADUAL, "MG");

        long[] nanos = new long[analises];
        for (int i = -200; i < analises; i++) {
            double lon = -72 + aleatorio.nextDouble() * 36;
            double lat = -32 + aleatorio.nextDouble() * 35;
            Geometry local = i % 2 == 0 ? GeoJson.FABRICA.createPoint(new Coordinate(lon, lat)) : circulo(lon, lat, 0.01, 20);
            long inicio = System.nanoTime();
            analise.analisar("p", local, MotivoDaAnalise.PROTOCOLO, null, RegraDeCompetencia.PADRAO, Instant.EPOCH);
            if (i >= 0) {
                nanos[i] = System.nanoTime() - inicio;
            }
        }
        Arrays.sort(nanos);
        return new Resultado(nanos[analises / 2] / 1e6, nanos[(int) (analises * 0.99)] / 1e6, nanos[analises - 1] / 1e6,
                analises);
    }

    private static Geometry circulo(double lon, double lat, double raio, int vertices) {
        Coordinate[] anel = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double a = 2 * Math.PI * i / vertices;
            anel[i] = new Coordinate(lon + raio * Math.cos(a), lat + raio * Math.sin(a));
        }
        anel[vertices] = anel[0];
        return GeoJson.FABRICA.createPolygon(anel);
    }

    private static Geometry celula(double lon, double lat, double largura, double altura, int porLado) {
        List<Coordinate> anel = new ArrayList<>();
        for (int i = 0; i < porLado; i++) {
            anel.add(new Coordinate(lon + largura * i / porLado, lat));
        }
        for (int i = 0; i < porLado; i++) {
            anel.add(new Coordinate(lon + largura, lat + altura * i / porLado));
        }
        for (int i = 0; i < porLado; i++) {
            anel.add(new Coordinate(lon + largura - largura * i / porLado, lat + altura));
        }
        for (int i = 0; i < porLado; i++) {
            anel.add(new Coordinate(lon, lat + altura - altura * i / porLado));
        }
        anel.add(anel.get(0));
        return GeoJson.FABRICA.createPolygon(anel.toArray(Coordinate[]::new));
    }
}
