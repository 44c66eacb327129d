package br.licenciamento.app.processo;

import br.licenciamento.app.GeoJsonDeTeste;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 25 through the REST API, with small synthetic layers this test publishes far from every other test's places
 * (Mato Grosso-like coordinates; municipalities 9000001 and 9000002, no IBGE code): two states split by the meridian
 * -51, two municipalities, a federal park, a state park, a state APA and an indigenous land. Every "Done when" case of
 * the issue on the command side, bad geometries and bad layer files (problem+json, never 5xx, nothing changed).
 */
class TerritorioPelaApiTest extends FluxoDeLicenciamento {

    private static final String SUFIXO = UUID.randomUUID().toString().substring(0, 8);
    private static final String UCS = "ucs-" + SUFIXO;
    private static final String SUL = "9000001";
    private static final String NORTE = "9000002";
    /** At latitude -12.4 a degree of longitude is about 108.6 km. */
    private static final double KM = 1 / 108.6;
    private static volatile boolean publicadas;

    @BeforeEach
    void camadasPublicadas() {
        synchronized (TerritorioPelaApiTest.class) {
            if (publicadas) {
                return;
            }
            publicar("Estados " + SUFIXO, "LIMITE_ESTADUAL", "estados-" + SUFIXO, colecao(
                    feicao("xa", "{\"nome\":\"Estado A\",\"uf\":\"XA\"}", quadrado(-53, -13, -51, -11)),
                    feicao("xb", "{\"nome\":\"Estado B\",\"uf\":\"XB\"}", quadrado(-51, -13, -49, -11))));
            publicar("Municípios " + SUFIXO, "LIMITE_MUNICIPAL", "municipios-" + SUFIXO, colecao(
                    feicao(SUL, "{\"nome\":\"Vila do Sul\",\"municipioIbge\":\"" + SUL + "\"}", quadrado(-53, -13, -52, -12)),
                    feicao(NORTE, "{\"nome\":\"Vila do Norte\",\"municipioIbge\":\"" + NORTE + "\"}", quadrado(-53, -12, -52, -11))));
            publicar("Unidades de conservação " + SUFIXO, "UNIDADE_DE_CONSERVACAO", UCS, ucs(quadrado(-52.5, -12.5, -52.3, -12.3)));
            publicar("Terras indígenas " + SUFIXO, "TERRA_INDIGENA", "tis-" + SUFIXO, colecao(
                    feicao("ti-aldeia-" + SUFIXO, "{\"nome\":\"TI Aldeia\",\"esfera\":\"FEDERAL\"}", quadrado(-52.9, -11.4, -52.6, -11.1))));
            publicadas = true;
        }
    }

    // ---- competence and consents

    @Test
    void dentroDaTerraIndigena_federalEOrgaoNaoCompetente() {
        JsonNode analise = ultimaAnalise(protocolar(ponto(-52.75, -11.25), NORTE));
        assertThat(analise.get("esferaCompetente").asString()).isEqualTo("FEDERAL");
        assertThat(analise.get("competente").asBoolean()).isFalse();
        assertThat(analise.get("regraDeCompetencia").asString()).isEqualTo("lc140-art7-terra-indigena");
        assertThat(analise.get("feicoesDecisivas").toString()).contains("ti-aldeia-" + SUFIXO);
    }

    @Test
    void dentroDaUcEstadual_estadualComAutorizacaoDoGestorQueImpedeODeferimentoAteSerRegistrada() {
        String processoId = protocolar(ponto(-52.4, -12.4), SUL);
        JsonNode analise = ultimaAnalise(processoId);
        assertThat(analise.get("esferaCompetente").asString()).isEqualTo("ESTADUAL");
        assertThat(analise.get("competente").asBoolean()).isTrue();
        assertThat(analise.get("regraDeCompetencia").asString()).isEqualTo("lc140-art8-uc-estadual");
        assertThat(analise.get("anuencias").get(0).get("feicaoId").asString()).isEqualTo("pe-" + SUFIXO);
        assertThat(analise.get("anuencias").get(0).get("natureza").asString()).isEqualTo("AUTORIZACAO");

        levarAteAAnalise(processoId, "G", "P");
        passo("FISCAL", processoId, "vistorias", "{\"realizadaEm\":\"%s\",\"relato\":\"Conforme\"}".formatted(hoje()));
        passo("ANALISTA", processoId, "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"Viavel\"}");
        String decisao = "{\"deferido\":true,\"validadeMeses\":48,\"condicionantes\":[],\"fundamentos\":\"Parecer favoravel\"}";
        recusadaPelaRegra(tentar("GESTOR", processoId, "decisao", decisao), "anuencia-pendente");

        recusadaPelaRegra(tentar("GESTOR", processoId, "anuencias",
                "{\"feicaoId\":\"apa-" + SUFIXO + "\",\"documento\":\"Oficio\"}"), "anuencia-nao-exigida");
        passo("GESTOR", processoId, "anuencias", "{\"feicaoId\":\"pe-" + SUFIXO + "\",\"documento\":\"Oficio 12/2026 do gestor\"}");
        assertThat(passo("GESTOR", processoId, "decisao", decisao).get("licencaId").asString()).isNotBlank();
    }

    @Test
    void soNaApa_regraGeral() {
        JsonNode analise = ultimaAnalise(protocolar(ponto(-52.1, -11.4), NORTE));
        assertThat(analise.get("regraDeCompetencia").asString()).isEqualTo("lc140-regra-geral");
        assertThat(analise.get("competente").asBoolean()).isTrue();
        assertThat(analise.get("interferencias").toString()).contains("apa-" + SUFIXO);
    }

    @Test
    void cruzandoALinhaEntreEstados_federal() {
        JsonNode analise = ultimaAnalise(protocolar("{\"type\":\"LineString\",\"coordinates\":[[-51.5,-12.5],[-50.5,-12.5]]}", "9000099"));
        assertThat(analise.get("esferaCompetente").asString()).isEqualTo("FEDERAL");
        assertThat(analise.get("regraDeCompetencia").asString()).isEqualTo("lc140-art7-dois-estados");
        assertThat(analise.get("competente").asBoolean()).isFalse();
    }

    @Test
    void faixaDe3km_a2kmExigeAAnuenciaEA4kmNao() {
        JsonNode perto = ultimaAnalise(protocolar(ponto(-52.3 + 2 * KM, -12.4), SUL));
        assertThat(perto.get("anuencias").toString()).contains("pe-" + SUFIXO);
        assertThat(perto.get("interferencias").toString()).contains("NA_FAIXA");
        JsonNode longe = ultimaAnalise(protocolar(ponto(-52.3 + 4 * KM, -12.4), SUL));
        assertThat(longe.get("anuencias")).isEmpty();
    }

    @Test
    void localizacaoInformadaDepoisDoProtocolo() {
        String processoId = protocolar(null, SUL);
        ClienteHttp.Resposta resposta = api("REQUERENTE").enviar("PUT", "/api/v1/processos/" + processoId + "/localizacao",
                "application/json", ("{\"geometria\":" + ponto(-52.4, -12.4) + "}").getBytes(StandardCharsets.UTF_8));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(202);
        assertThat(ultimaAnalise(processoId).get("motivo").asString()).isEqualTo("LOCALIZACAO_ALTERADA");
        // outside the process's municipality: the rule, named
        ClienteHttp.Resposta fora = api("REQUERENTE").enviar("PUT", "/api/v1/processos/" + processoId + "/localizacao",
                "application/json", ("{\"geometria\":" + ponto(-52.4, -11.5) + "}").getBytes(StandardCharsets.UTF_8));
        recusadaPelaRegra(fora, "geometria-fora-do-municipio");
    }

    // ---- bad geometries

    @Test
    void geometriasRecusadasNomeandoOCampo() {
        campoRecusado(pedido(ponto(-52.4, -12.4), NORTE), "geometria-fora-do-municipio", "Vila do Norte");
        campoRecusado(pedido("{\"type\":\"Polygon\",\"coordinates\":[[[-52.6,-12.6],[-52.5,-12.5],[-52.6,-12.5],[-52.5,-12.6],[-52.6,-12.6]]]}", SUL),
                "geometria-invalida", "cruza a si mesmo");
        campoRecusado(pedido(ponto(-12.4, -52.4), SUL), "geometria-fora-do-brasil", "GeoJSON usa longitude, latitude");
        campoRecusado(pedido(ponto(2.35, 48.85), SUL), "geometria-fora-do-brasil", "fora do território");
        campoRecusado(pedido("{\"type\":\"Circle\",\"coordinates\":[1,2]}", SUL), "geometria-invalida", "Circle");
        campoRecusado(pedido("{\"type\":\"Point\",\"coordinates\":[\"x\"]}", SUL), "geometria-invalida", "coordenadas");
        campoRecusado(pedido("{\"type\":\"Polygon\",\"coordinates\":[[[-70,-30],[-35,-30],[-35,0],[-70,0],[-70,-30]]]}", SUL),
                "geometria-grande-demais", "km");
        ClienteHttp.Resposta tipoErrado = api("REQUERENTE").post("/api/v1/processos", pedido("[1,2]", SUL));
        assertThat(tipoErrado.status()).isEqualTo(400);
        assertThat(tipoErrado.contentType()).startsWith("application/problem+json");
    }

    // ---- layers

    @Test
    void camadasPublicasEFeicoesEmGeoJsonComRecorte() {
        JsonNode lista = api().get("/api/v1/camadas").json();
        assertThat(lista.toString()).contains(UCS).contains("UNIDADE_DE_CONSERVACAO");
        ClienteHttp.Resposta feicoes = api().get("/api/v1/camadas/" + UCS + "/feicoes?bbox=-52.6,-12.6,-52.2,-12.2");
        assertThat(feicoes.status()).isEqualTo(200);
        assertThat(feicoes.contentType()).startsWith("application/geo+json");
        JsonNode colecao = feicoes.json();
        assertThat(colecao.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(colecao.get("features").toString()).contains("pe-" + SUFIXO).doesNotContain("apa-" + SUFIXO);
        assertThat(colecao.get("features").get(0).get("properties").has("esfera")).isTrue();
        assertThat(api().get("/api/v1/camadas/nao-existe/feicoes").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/camadas/" + UCS + "/feicoes?bbox=1,2,3").status()).isEqualTo(400);
        // The same reasons, in the same words, as the public map gives.
        ClienteHttp.Resposta invertida = api().get("/api/v1/camadas/" + UCS + "/feicoes?bbox=-52.2,-12.6,-52.6,-12.2");
        assertThat(invertida.status()).isEqualTo(400);
        assertThat(invertida.contentType()).startsWith("application/problem+json");
        assertThat(invertida.json().get("erros").get(0).get("campo").asString()).isEqualTo("bbox");
        assertThat(invertida.json().get("erros").get(0).get("mensagem").asString())
                .isEqualTo("O recorte bbox não foi aceito: oeste deve ser menor que leste e sul menor que norte.");
    }

    @Test
    void arquivosDeCamadaRuinsRecebemProblemaENadaMuda() {
        String antes = api().get("/api/v1/camadas").corpo();
        String caminho = "/api/v1/camadas?nome=Ruim&tipo=UNIDADE_DE_CONSERVACAO&camadaId=ruim-" + SUFIXO;
        ruim(caminho, "{", 400, "camada-invalida");
        ruim(caminho, "{\"type\":\"Feature\",\"geometry\":null}", 400, "camada-invalida");
        ruim(caminho, colecao(feicaoSemId(quadrado(-52, -12, -51.9, -11.9))), 400, "camada-invalida");
        ruim(caminho, colecao(feicao("x", "{}", "{\"type\":\"Polygon\",\"coordinates\":[[[-52.6,-12.6],[-52.5,-12.5],[-52.6,-12.5],[-52.5,-12.6],[-52.6,-12.6]]]}")),
                400, "camada-invalida");
        ruim(caminho, colecao(feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9)), feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9))),
                400, "camada-invalida");
        ruim(caminho, "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::31983\"}},"
                + "\"features\":[" + feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9)) + "]}", 400, "camada-invalida");
        ruim(caminho, colecao(feicao("x", "{\"esfera\":\"GALACTICA\"}", quadrado(-52, -12, -51.9, -11.9))), 400, "camada-invalida");
        ruim("/api/v1/camadas?nome=Ruim&tipo=PLANETA", colecao(feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9))), 400, null);
        ruim("/api/v1/camadas?nome=Ruim&tipo=OUTRA&camadaId=Com%20Espaco", colecao(feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9))),
                400, "camada-invalida");
        // a new version may not change the layer's type
        ruim("/api/v1/camadas?nome=X&tipo=OUTRA&camadaId=" + UCS, colecao(feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9))), 422,
                "camada-invalida");
        byte[] grande = new byte[50 * 1024 * 1024 + 1];
        Arrays.fill(grande, (byte) ' ');
        ClienteHttp.Resposta enorme = api("ADMIN").enviar("POST", caminho, "application/geo+json", grande);
        assertThat(enorme.status()).isEqualTo(413);
        assertThat(enorme.contentType()).startsWith("application/problem+json");
        assertThat(api().get("/api/v1/camadas").corpo()).isEqualTo(antes);
        assertThat(api("GESTOR").enviar("POST", caminho, "application/geo+json",
                colecao(feicao("x", "{}", quadrado(-52, -12, -51.9, -11.9))).getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
    }

    @Test
    void camadaAlteradaReanalisaOsProcessosPertoEOHistoricoGuardaAsDuasAnalises() {
        String camada = "ucs-b-" + SUFIXO;
        String nome = "Outras unidades " + SUFIXO;
        String parque = "{\"nome\":\"Parque B\",\"esfera\":\"ESTADUAL\",\"categoria\":\"PE\"}";
        publicar(nome, "UNIDADE_DE_CONSERVACAO", camada, colecao(feicao("peb-" + SUFIXO, parque, quadrado(-52.95, -12.2, -52.85, -12.1))));
        String processoId = protocolar(ponto(-52.85 + 4 * KM, -12.15), SUL);
        assertThat(ultimaAnalise(processoId).get("anuencias").toString()).doesNotContain("peb-" + SUFIXO);
        String distante = protocolar(ponto(-52.2, -12.9), SUL);
        // version 2: the park grows 3 km to the east; the process 4 km away is now 1 km away
        publicar(nome, "UNIDADE_DE_CONSERVACAO", camada,
                colecao(feicao("peb-" + SUFIXO, parque, quadrado(-52.95, -12.2, -52.85 + 3 * KM, -12.1))));
        List<JsonNode> analises = Aguardar.ate("reanálise pela camada alterada", Duration.ofSeconds(30), () -> analises(processoId),
                a -> a.size() == 2);
        JsonNode segunda = analises.get(1);
        assertThat(segunda.get("motivo").asString()).isEqualTo("CAMADA_ALTERADA");
        assertThat(segunda.get("anuencias").toString()).contains("peb-" + SUFIXO);
        assertThat(camadaNaVersao(analises.get(0), camada)).isEqualTo(1);
        assertThat(camadaNaVersao(segunda, camada)).isEqualTo(2);
        assertThat(analises(distante)).hasSize(1);
    }

    // ---- helpers

    private String protocolar(String geometria, String municipio) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos", pedido(geometria, municipio));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("processoId").asString();
    }

    private String pedido(String geometria, String municipio) {
        return """
                {"requerenteId":"%s","empreendimento":"Empreendimento territorial","cnae":"2342-7/02",
                 "municipioIbge":"%s","tipoLicenca":"LP"%s}""".formatted(requerenteAtivo(), municipio,
                geometria == null ? "" : ",\"geometria\":" + geometria);
    }

    private void campoRecusado(String corpo, String regra, String trecho) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos", corpo);
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(400);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        JsonNode problema = resposta.json();
        assertThat(problema.get("regra").asString()).isEqualTo(regra);
        assertThat(problema.get("erros").get(0).get("campo").asString()).isEqualTo("geometria");
        assertThat(problema.get("erros").get(0).get("mensagem").asString()).contains(trecho);
    }

    private void ruim(String caminho, String corpo, int status, String regra) {
        ClienteHttp.Resposta resposta = api("ADMIN").enviar("POST", caminho, "application/geo+json", corpo.getBytes(StandardCharsets.UTF_8));
        assertThat(resposta.status()).as(corpo + " -> " + resposta.corpo()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        if (regra != null) {
            assertThat(resposta.json().get("regra").asString()).isEqualTo(regra);
        }
    }

    private List<JsonNode> analises(String processoId) {
        return historico(processoId).stream().filter(r -> r.get("evento").asString().equals("AnaliseTerritorialRealizada"))
                .map(r -> r.get("dados")).toList();
    }

    private JsonNode ultimaAnalise(String processoId) {
        List<JsonNode> analises = analises(processoId);
        assertThat(analises).as("análises territoriais de " + processoId).isNotEmpty();
        return analises.get(analises.size() - 1);
    }

    private static int camadaNaVersao(JsonNode analise, String camadaId) {
        for (JsonNode c : analise.get("camadas")) {
            if (c.get("camadaId").asString().equals(camadaId)) {
                return c.get("versao").asInt();
            }
        }
        throw new AssertionError(camadaId + " fora da análise " + analise);
    }

    private void publicar(String nome, String tipo, String camadaId, String colecao) {
        ClienteHttp.Resposta resposta = api("ADMIN").enviar("POST", "/api/v1/camadas?nome=" + java.net.URLEncoder.encode(nome,
                StandardCharsets.UTF_8) + "&tipo=" + tipo + "&camadaId=" + camadaId, "application/geo+json",
                colecao.getBytes(StandardCharsets.UTF_8));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
    }

    private static String ucs(String parqueEstadual) {
        return colecao(
                feicao("pe-" + SUFIXO, "{\"nome\":\"Parque Estadual\",\"esfera\":\"ESTADUAL\",\"categoria\":\"PE\"}", parqueEstadual),
                feicao("parna-" + SUFIXO, "{\"nome\":\"Parque Nacional\",\"esfera\":\"FEDERAL\",\"categoria\":\"PARNA\"}",
                        quadrado(-52.9, -12.9, -52.7, -12.7)),
                feicao("apa-" + SUFIXO, "{\"nome\":\"APA do Rio\",\"esfera\":\"ESTADUAL\",\"categoria\":\"APA\"}",
                        quadrado(-52.2, -11.6, -51.8, -11.2)));
    }

    private static String colecao(String... feicoes) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", feicoes) + "]}";
    }

    private static String feicao(String id, String propriedades, String geometria) {
        String props = propriedades.equals("{}") ? "{\"id\":\"" + id + "\"}"
                : "{\"id\":\"" + id + "\"," + propriedades.substring(1);
        return "{\"type\":\"Feature\",\"properties\":" + props + ",\"geometry\":" + geometria + "}";
    }

    private static String feicaoSemId(String geometria) {
        return "{\"type\":\"Feature\",\"properties\":{\"nome\":\"Sem id\"},\"geometry\":" + geometria + "}";
    }

    private static String ponto(double lon, double lat) {
        return GeoJsonDeTeste.ponto(lon, lat);
    }

    private static String quadrado(double minLon, double minLat, double maxLon, double maxLat) {
        return GeoJsonDeTeste.retangulo(minLon, minLat, maxLon, maxLat);
    }
}
