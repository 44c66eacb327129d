package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.processo.ConsultaDeProcessos;
import br.licenciamento.api.processo.ResumoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.api.territorio.VersaoDeCamada;
import br.licenciamento.licenca.query.BancoDeLeitura;
import br.licenciamento.licenca.query.Eventos;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.query.pesquisa.Processos.protocolado;
import static org.assertj.core.api.Assertions.assertThat;

/** Given the location and territorial events → the search model: features touched, competence, consents, bbox. */
class PesquisaTerritorialTest extends BancoDeLeitura {

    private static final LocalDate PROTOCOLO = LocalDate.of(2026, 3, 2);
    private static final Instant T0 = Instant.parse("2026-03-02T13:00:00Z");
    private static final VersaoDeCamada UCS = new VersaoDeCamada("ucs", "Unidades de Conservação",
            TipoDeCamada.UNIDADE_DE_CONSERVACAO, 1);
    private static final VersaoDeCamada TIS = new VersaoDeCamada("tis", "Terras Indígenas", TipoDeCamada.TERRA_INDIGENA, 1);

    private PesquisaDeProcessosProjection projecao;
    private Eventos eventos;

    @BeforeEach
    void projecao() {
        projecao = new PesquisaDeProcessosProjection(jdbc, jdbcNomeado, new RelogioDeTeste(PROTOCOLO), leitura);
        eventos = new Eventos(projecao);
        for (String id : List.of("p1", "p2", "p3")) {
            eventos.dado(id, protocolado(id, "req", "5300108", TipoLicenca.LP, PROTOCOLO));
        }
    }

    @Test
    void filtroPorFeicaoEPorCamadaAchaOsProcessosQueAUltimaAnaliseToca() {
        eventos.dado("p1", analise("p1", List.of(uc("uc-parque")), Esfera.ESTADUAL, true, List.of()))
                .dado("p2", analise("p2", List.of(uc("uc-apa"), ti("ti-xingu")), Esfera.FEDERAL, false, List.of()));

        assertThat(ids(porFeicao("uc-parque"))).containsExactly("p1");
        assertThat(ids(porFeicao("ti-xingu"))).containsExactly("p2");
        assertThat(ids(porCamada("ucs"))).containsExactlyInAnyOrder("p1", "p2");
        assertThat(ids(porCamada("tis"))).containsExactly("p2");
        assertThat(ids(porFeicao("uc-inexistente"))).isEmpty();
    }

    @Test
    void novaAnaliseSubstituiAsFeicoesTocadasDoProcesso() {
        eventos.dado("p1", analise("p1", List.of(uc("uc-parque")), Esfera.ESTADUAL, true, List.of()))
                .dado("p1", analise("p1", List.of(uc("uc-apa")), Esfera.ESTADUAL, true, List.of()));

        assertThat(ids(porFeicao("uc-parque"))).isEmpty();
        assertThat(ids(porFeicao("uc-apa"))).containsExactly("p1");
    }

    @Test
    void linhaDaPesquisaMostraEsferaCompetenteEAnuenciasPendentes() {
        eventos.dado("p1", analise("p1", List.of(uc("uc-parque")), Esfera.FEDERAL, false,
                        List.of(anuencia("uc-parque"), anuencia("uc-apa"))))
                .dado("p1", new AnuenciaRegistrada("p1", "uc-parque", "Ofício 1/2026", "ana", T0));

        ResumoProcesso p1 = resumo("p1");
        assertThat(p1.esferaCompetente()).isEqualTo(Esfera.FEDERAL);
        assertThat(p1.competente()).isFalse();
        assertThat(p1.anuenciasPendentes()).isEqualTo(1);
        ResumoProcesso semAnalise = resumo("p3");
        assertThat(semAnalise.esferaCompetente()).isNull();
        assertThat(semAnalise.competente()).isNull();
        assertThat(semAnalise.anuenciasPendentes()).isZero();
    }

    @Test
    void anuenciaRegistradaAntesDeNovaAnaliseQueAindaAExigeContinuaRegistrada() {
        eventos.dado("p1", analise("p1", List.of(uc("uc-parque")), Esfera.ESTADUAL, true, List.of(anuencia("uc-parque"))))
                .dado("p1", new AnuenciaRegistrada("p1", "uc-parque", "Ofício 1/2026", "ana", T0))
                .dado("p1", analise("p1", List.of(uc("uc-parque")), Esfera.ESTADUAL, true,
                        List.of(anuencia("uc-parque"), anuencia("uc-apa"))));

        assertThat(resumo("p1").anuenciasPendentes()).isEqualTo(1);
    }

    @Test
    void localizacaoGuardaOGeoJsonEAEnvoltoriaEmLongitudeLatitude() {
        eventos.dado("p1", new LocalizacaoDoEmpreendimentoDefinida("p1", "{ \"type\": \"Polygon\", \"coordinates\": "
                + "[[[-47.9,-15.8],[-47.7,-15.8],[-47.7,-15.6],[-47.9,-15.8]]] }", "5300108", T0))
                .dado("p2", new LocalizacaoDoEmpreendimentoDefinida("p2", "não é GeoJSON", "5300108", T0));

        Map<String, Object> p1 = linha("p1");
        assertThat(p1).containsEntry("geometria", "{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[-47.9,-15.8],[-47.7,-15.8],[-47.7,-15.6],[-47.9,-15.8]]]}")
                .containsEntry("lon_min", -47.9).containsEntry("lat_min", -15.8)
                .containsEntry("lon_max", -47.7).containsEntry("lat_max", -15.6);
        assertThat(linha("p2")).containsEntry("geometria", null).containsEntry("ultima_sequencia", 1L);
    }

    @Test
    void eventosTerritoriaisEntreguesDeNovoOuReprocessadosDaoAsMesmasLinhas() {
        eventos.dado("p1", new LocalizacaoDoEmpreendimentoDefinida("p1",
                        "{\"type\":\"Point\",\"coordinates\":[-47.8,-15.7]}", "5300108", T0))
                .dado("p1", analise("p1", List.of(uc("uc-parque")), Esfera.ESTADUAL, true, List.of(anuencia("uc-parque"))))
                .dado("p1", new AnuenciaRegistrada("p1", "uc-parque", "Ofício 1/2026", "ana", T0))
                .dado("p1", analise("p1", List.of(uc("uc-apa")), Esfera.ESTADUAL, true, List.of(anuencia("uc-apa"))));
        List<Map<String, Object>> resumos = linhas("processo_resumo", "processo_id");
        List<Map<String, Object>> feicoes = linhas("processo_feicao", "processo_id, camada_id, feicao_id");
        List<Map<String, Object>> anuencias = linhas("processo_anuencia", "processo_id, feicao_id");

        eventos.entregarDeNovo();
        assertThat(linhas("processo_resumo", "processo_id")).isEqualTo(resumos);
        assertThat(linhas("processo_feicao", "processo_id, camada_id, feicao_id")).isEqualTo(feicoes);
        assertThat(linhas("processo_anuencia", "processo_id, feicao_id")).isEqualTo(anuencias);

        eventos.replay();
        assertThat(linhas("processo_resumo", "processo_id")).isEqualTo(resumos);
        assertThat(linhas("processo_feicao", "processo_id, camada_id, feicao_id")).isEqualTo(feicoes);
        assertThat(linhas("processo_anuencia", "processo_id, feicao_id")).isEqualTo(anuencias);
        assertThat(feicoes).extracting(f -> f.get("feicao_id")).containsExactly("uc-apa");
    }

    private static AnaliseTerritorialRealizada analise(String id, List<Interferencia> interferencias, Esfera esfera,
                                                       boolean competente, List<AnuenciaExigida> anuencias) {
        return new AnaliseTerritorialRealizada(id, AnaliseTerritorialRealizada.MotivoDaAnalise.PROTOCOLO, List.of(UCS, TIS),
                interferencias, esfera, competente, "regra", List.of(), anuencias, T0);
    }

    private static Interferencia uc(String feicao) {
        return new Interferencia("ucs", 1, TipoDeCamada.UNIDADE_DE_CONSERVACAO, feicao, "UC " + feicao, Esfera.ESTADUAL,
                "PE", Interferencia.Relacao.DENTRO, 0, 1000);
    }

    private static Interferencia ti(String feicao) {
        return new Interferencia("tis", 1, TipoDeCamada.TERRA_INDIGENA, feicao, "TI " + feicao, Esfera.FEDERAL, null,
                Interferencia.Relacao.INTERSECTA, 0, 50);
    }

    private static AnuenciaExigida anuencia(String feicao) {
        return new AnuenciaExigida(feicao, "UC " + feicao, Esfera.ESTADUAL, AnuenciaExigida.Natureza.AUTORIZACAO,
                "Resolução CONAMA 428/2010, art. 1º");
    }

    private static ConsultaDeProcessos porFeicao(String feicao) {
        return new ConsultaDeProcessos(null, null, null, null, 0, 200, null, null, null, null, false, null, null, null, null,
                feicao, null);
    }

    private static ConsultaDeProcessos porCamada(String camada) {
        return new ConsultaDeProcessos(null, null, null, null, 0, 200, null, null, null, null, false, null, null, null, null,
                null, camada);
    }

    private List<String> ids(ConsultaDeProcessos consulta) {
        return projecao.handle(consulta).itens().stream().map(ResumoProcesso::processoId).toList();
    }

    private ResumoProcesso resumo(String id) {
        return projecao.handle(porFeicao(null)).itens().stream().filter(r -> r.processoId().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Object> linha(String id) {
        return linhas("processo_resumo", "processo_id").stream().filter(l -> id.equals(l.get("processo_id")))
                .findFirst().orElseThrow();
    }
}
