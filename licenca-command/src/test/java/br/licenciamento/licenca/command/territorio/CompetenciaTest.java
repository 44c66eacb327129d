package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada.MotivoDaAnalise;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.licenca.command.catalogo.RegraDeCompetencia;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static br.licenciamento.licenca.command.territorio.CamadasDeTeste.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The territorial analysis and the competence rules (LC 140/2011), one test per rule; distances in metres. */
class CompetenciaTest {

    private final IndiceDasCamadas indice = indice();
    private final AnaliseTerritorial analise = analise(indice);
    private final ValidacaoDeGeometria validacao = validacao(indice);

    private AnaliseTerritorialRealizada analisar(String geojson) {
        return analise.analisar("p-1", GeoJson.ler(geojson, "geometria"), MotivoDaAnalise.PROTOCOLO, null,
                RegraDeCompetencia.PADRAO, Instant.parse("2026-03-02T13:00:00Z"));
    }

    @Test
    void terraIndigena_federal() {
        AnaliseTerritorialRealizada a = analisar(ponto(DENTRO_DA_TERRA_INDIGENA));
        assertThat(a.esferaCompetente()).isEqualTo(Esfera.FEDERAL);
        assertThat(a.competente()).isFalse();
        assertThat(a.regraDeCompetencia()).isEqualTo("lc140-art7-terra-indigena");
        assertThat(a.feicoesDecisivas()).containsExactly("ti-aldeia");
        assertThat(a.camadas()).extracting(v -> v.camadaId()).containsExactly("estados", "municipios", "tis", "ucs");
    }

    @Test
    void ucFederalQueNaoEApa_federal() {
        AnaliseTerritorialRealizada a = analisar(ponto(DENTRO_DO_PARQUE_NACIONAL));
        assertThat(a.esferaCompetente()).isEqualTo(Esfera.FEDERAL);
        assertThat(a.regraDeCompetencia()).isEqualTo("lc140-art7-uc-federal");
    }

    @Test
    void ucEstadual_estadualComAutorizacaoDoGestor() {
        AnaliseTerritorialRealizada a = analisar(ponto(DENTRO_DA_UC_ESTADUAL));
        assertThat(a.esferaCompetente()).isEqualTo(Esfera.ESTADUAL);
        assertThat(a.competente()).isTrue();
        assertThat(a.regraDeCompetencia()).isEqualTo("lc140-art8-uc-estadual");
        assertThat(a.interferencias()).anyMatch(i -> i.feicaoId().equals("pe-serra") && i.relacao() == Interferencia.Relacao.DENTRO);
        assertThat(a.anuencias()).singleElement().satisfies(an -> {
            assertThat(an.feicaoId()).isEqualTo("pe-serra");
            assertThat(an.natureza()).isEqualTo(AnuenciaExigida.Natureza.AUTORIZACAO);
            assertThat(an.esferaDoGestor()).isEqualTo(Esfera.ESTADUAL);
            assertThat(an.fundamento()).contains("CONAMA 428/2010, art. 1º");
        });
    }

    @Test
    void apaNaoDecideAEsfera_regraGeral() {
        AnaliseTerritorialRealizada a = analisar(ponto(SO_NA_APA));
        assertThat(a.regraDeCompetencia()).isEqualTo(RegraDeCompetencia.REGRA_GERAL);
        assertThat(a.esferaCompetente()).isEqualTo(Esfera.ESTADUAL);
        assertThat(a.competente()).isTrue();
        assertThat(a.interferencias()).anyMatch(i -> i.feicaoId().equals("apa-rio"));
    }

    @Test
    void doisEstados_federal() {
        AnaliseTerritorialRealizada a = analisar(linha(-44.5, -19.5, -43.5, -19.5));
        assertThat(a.esferaCompetente()).isEqualTo(Esfera.FEDERAL);
        assertThat(a.regraDeCompetencia()).isEqualTo("lc140-art7-dois-estados");
        assertThat(a.feicoesDecisivas()).containsExactlyInAnyOrder("mg", "ba");
        assertThat(a.competente()).isFalse();
    }

    @Test
    void outroEstado_naoCompetente() {
        AnaliseTerritorialRealizada a = analisar(ponto(new double[]{-43.0, -19.0}));
        assertThat(a.competente()).isFalse();
        assertThat(a.regraDeCompetencia()).isEqualTo("lc140-outro-estado");
    }

    @Test
    void faixaDe3kmDaConama428_2kmExigeE4kmNao() {
        AnaliseTerritorialRealizada perto = analisar(ponto(DOIS_KM_DA_UC_ESTADUAL));
        Interferencia i = perto.interferencias().stream().filter(x -> x.feicaoId().equals("pe-serra")).findFirst().orElseThrow();
        assertThat(i.relacao()).isEqualTo(Interferencia.Relacao.NA_FAIXA);
        assertThat(i.distanciaMetros()).isBetween(1950.0, 2050.0);
        assertThat(perto.anuencias()).extracting(AnuenciaExigida::feicaoId).containsExactly("pe-serra");
        assertThat(perto.regraDeCompetencia()).isEqualTo(RegraDeCompetencia.REGRA_GERAL);

        AnaliseTerritorialRealizada longe = analisar(ponto(QUATRO_KM_DA_UC_ESTADUAL));
        assertThat(longe.anuencias()).isEmpty();
        assertThat(longe.interferencias()).noneMatch(x -> x.feicaoId().equals("pe-serra"));
    }

    @Test
    void faixaPropriaDaFeicaoPrevaleceSobreOs3km() {
        indice.substituir(ucs(2, feicao("ucs", 2, br.licenciamento.api.territorio.TipoDeCamada.UNIDADE_DE_CONSERVACAO,
                "rebio-mata", "Rebio da Mata", Esfera.ESTADUAL, "REBIO", 5000.0, null, null, quadrado(-45.95, -19.35, -45.85, -19.25))));
        // 4 km west of the reserve: inside its own 5 km zone
        AnaliseTerritorialRealizada a = analisar(ponto(new double[]{-45.95 - 4.0 / 104.9, -19.3}));
        assertThat(a.anuencias()).extracting(AnuenciaExigida::feicaoId).containsExactly("rebio-mata");
    }

    @Test
    void semEiaRimaOGestorECientificado() {
        AnaliseTerritorialRealizada a = analise.analisar("p-1", GeoJson.ler(ponto(DENTRO_DA_UC_ESTADUAL), "geometria"),
                MotivoDaAnalise.CAMADA_ALTERADA, false, RegraDeCompetencia.PADRAO, Instant.now());
        assertThat(a.anuencias()).singleElement()
                .satisfies(an -> assertThat(an.natureza()).isEqualTo(AnuenciaExigida.Natureza.CIENCIA));
    }

    @Test
    void areaSobrepostaEmMetrosQuadrados() {
        // a 0.02 x 0.02 degree square half inside the state park's eastern edge
        String poligono = "{\"type\":\"Polygon\",\"coordinates\":[[[-45.31,-19.41],[-45.29,-19.41],[-45.29,-19.39],[-45.31,-19.39],[-45.31,-19.41]]]}";
        AnaliseTerritorialRealizada a = analisar(poligono);
        Interferencia i = a.interferencias().stream().filter(x -> x.feicaoId().equals("pe-serra")).findFirst().orElseThrow();
        assertThat(i.relacao()).isEqualTo(Interferencia.Relacao.INTERSECTA);
        // 0.01 deg lon x 0.02 deg lat ≈ 1,049 m x 2,224 m ≈ 2.33 km²
        assertThat(i.areaSobrepostaM2()).isBetween(2.25e6, 2.40e6);
    }

    @Test
    void distanciaDaProjecaoConfereComAGeodesica() {
        double[] xy = new ProjecaoLocal(-45, -19).projetar(-44, -19.5);
        double plana = Math.hypot(xy[0], xy[1]);
        assertThat(plana).isCloseTo(ProjecaoLocal.distanciaMetros(-45, -19, -44, -19.5), org.assertj.core.data.Percentage.withPercentage(0.001));
    }

    // ---- validation of the location

    @Test
    void geometriaForaDoMunicipio_recusadaNomeandoOCampo() {
        assertThatThrownBy(() -> validacao.validar(ponto(DENTRO_DA_UC_ESTADUAL), MUNICIPIO_NORTE, "geometria"))
                .isInstanceOfSatisfying(GeometriaInvalidaException.class, e -> {
                    assertThat(e.campo()).isEqualTo("geometria");
                    assertThat(e.regra()).isEqualTo("geometria-fora-do-municipio");
                });
        assertThat(validacao.validar(ponto(DENTRO_DA_UC_ESTADUAL), MUNICIPIO_SUL, "geometria")).isNotNull();
        // a municipality whose boundary is not loaded is not checked
        assertThat(validacao.validar(ponto(DENTRO_DA_UC_ESTADUAL), "3199999", "geometria")).isNotNull();
    }

    @Test
    void poligonoQueCruzaASiMesmo_recusado() {
        assertThatThrownBy(() -> validacao.validar(POLIGONO_AUTO_INTERSECTANTE, null, "geometria"))
                .isInstanceOfSatisfying(GeometriaInvalidaException.class, e -> {
                    assertThat(e.regra()).isEqualTo("geometria-invalida");
                    assertThat(e.getMessage()).contains("cruza a si mesmo");
                });
    }

    @Test
    void latitudeLongitudeTrocadas_recusadasDizendoOQueHouve() {
        assertThatThrownBy(() -> validacao.validar("{\"type\":\"Point\",\"coordinates\":[-19.4,-45.4]}", null, "geometria"))
                .isInstanceOfSatisfying(GeometriaInvalidaException.class, e -> {
                    assertThat(e.regra()).isEqualTo("geometria-fora-do-brasil");
                    assertThat(e.getMessage()).contains("GeoJSON usa longitude, latitude");
                });
        assertThatThrownBy(() -> validacao.validar("{\"type\":\"Point\",\"coordinates\":[2.35,48.85]}", null, "geometria"))
                .isInstanceOfSatisfying(GeometriaInvalidaException.class, e -> assertThat(e.getMessage()).contains("fora do território"));
    }

    @Test
    void geoJsonMalFormado_recusadoSemOutraExcecao() {
        for (String ruim : List.of("", "[]", "{}", "{\"type\":\"Circle\",\"coordinates\":[1,2]}", "{\"type\":\"Point\"}",
                "{\"type\":\"Point\",\"coordinates\":[\"a\",1]}", "{\"type\":\"Point\",\"coordinates\":[1]}",
                "{\"type\":\"LineString\",\"coordinates\":[[-45,-19]]}", "{\"type\":\"Polygon\",\"coordinates\":[[[-45,-19],[-44,-19],[-45,-19]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[]}", "{\"type\":\"MultiPoint\",\"coordinates\":[]}",
                "{\"type\":\"Point\",\"coordinates\":[500,1]}", "{\"type\":\"Polygon\",\"coordinates\":[[1,2]]}")) {
            assertThatThrownBy(() -> validacao.validar(ruim, null, "geometria")).as(ruim).isInstanceOf(GeometriaInvalidaException.class);
        }
    }

    @Test
    void tamanhoSensato() {
        String enorme = "{\"type\":\"Polygon\",\"coordinates\":[[[-60,-20],[-40,-20],[-40,-5],[-60,-5],[-60,-20]]]}";
        assertThatThrownBy(() -> validacao.validar(enorme, null, "geometria"))
                .isInstanceOfSatisfying(GeometriaInvalidaException.class, e -> assertThat(e.regra()).isEqualTo("geometria-grande-demais"));
    }
}
