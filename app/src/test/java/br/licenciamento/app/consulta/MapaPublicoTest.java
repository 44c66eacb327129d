package br.licenciamento.app.consulta;

import br.licenciamento.app.GeoJsonDeTeste;
import br.licenciamento.app.pessoa.DocumentosDeTeste;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static br.licenciamento.app.GeoJsonDeTeste.ponto;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 25 through the API: the location and the territorial analysis of a process in its dossier and in the search
 * ("processes touching feature X"), and licences and processes on the public map (GeoJSON within a bbox, no personal
 * data of natural persons, a bad bbox refused), with the location given and the layers loaded through the API.
 */
class MapaPublicoTest extends Consultas {

    /** A place of this test alone: one hundredth of a degree wide, somewhere in central Brazil. */
    private final double lon = -55 + ThreadLocalRandom.current().nextInt(0, 800) / 100.0;
    private final double lat = -18 + ThreadLocalRandom.current().nextInt(0, 400) / 100.0;

    @Test
    void dossieEPesquisaMostramLocalizacaoAnaliseTerritorialEAnuencias() {
        ClienteHttp requerente = api("REQUERENTE");
        String feicao = "uc-" + UUID.randomUUID();
        String camada = "ucs-" + UUID.randomUUID();
        String nome = "UCs do mapa " + camada.substring(4, 12);
        publicarUc(camada, nome, feicao, 0.006);
        String processoId = protocolarAqui(requerente, requerenteAtivo(), "LP", "Fazenda no entorno do parque");
        localizar(requerente, processoId, ponto(lon, lat));
        quando(api("ANALISTA"), "/api/v1/processos/" + processoId, d -> d.path("analisesTerritoriais").size() == 1);
        // The park's new version is drawn larger: a layer change that concerns this process is analysed again.
        publicarUc(camada, nome, feicao, 0.008);
        quando(api("ANALISTA"), "/api/v1/processos/" + processoId, d -> d.path("analisesTerritoriais").size() == 2);
        ClienteHttp.Resposta anuencia = api("GESTOR").post("/api/v1/processos/" + processoId + "/anuencias",
                "{\"feicaoId\":\"%s\",\"documento\":\"Ofício 7/2026\"}".formatted(feicao));
        assertThat(anuencia.status()).as(anuencia.corpo()).isBetween(200, 204);

        JsonNode dossie = quando(api("ANALISTA"), "/api/v1/processos/" + processoId,
                d -> d.path("analisesTerritoriais").size() == 2 && d.path("analiseTerritorial").path("anuencias")
                        .path(0).path("registrada").asBoolean());
        assertThat(dossie.get("localizacao").get("geometria").get("type").asString()).isEqualTo("Point");
        assertThat(dossie.get("localizacao").get("geometria").get("coordinates").get(0).asDouble()).isCloseTo(lon, within(1e-6));
        JsonNode analise = dossie.get("analiseTerritorial");
        assertThat(analise.get("motivo").asString()).isEqualTo("CAMADA_ALTERADA");
        assertThat(analise.get("interferencias")).hasSize(1);
        assertThat(analise.get("esferaCompetente").asString()).isEqualTo("ESTADUAL");
        assertThat(analise.get("competente").asBoolean()).isTrue();
        assertThat(analise.get("regraDeCompetencia").asString()).isEqualTo("lc140-art8-uc-estadual");
        assertThat(analise.get("interferencias").get(0).get("camada").asString()).isEqualTo(nome);
        assertThat(analise.get("interferencias").get(0).get("versao").asInt()).isEqualTo(2);
        assertThat(analise.get("anuencias").get(0).get("documento").asString()).isEqualTo("Ofício 7/2026");
        List<String> linhas = new ArrayList<>();
        dossie.get("linhaDoTempo").forEach(l -> linhas.add(l.get("descricao").asString()));
        assertThat(linhas).anyMatch(l -> l.startsWith("Análise territorial (camadas: ") && l.contains(nome + " v1")
                        && l.contains("): após mudança da localização"))
                .anyMatch(l -> l.startsWith("Análise territorial (camadas: ") && l.contains(nome + " v2")
                        && l.contains("): após nova versão de camada"))
                .anyMatch(l -> l.startsWith("Localização do empreendimento definida: um ponto"));

        JsonNode porFeicao = quando(api("ANALISTA"), "/api/v1/processos?feicao=" + feicao,
                p -> p.get("total").asLong() == 1);
        assertThat(porFeicao.get("itens").get(0).get("processoId").asString()).isEqualTo(processoId);
        assertThat(porFeicao.get("itens").get(0).get("esferaCompetente").asString()).isEqualTo("ESTADUAL");
        assertThat(porFeicao.get("itens").get(0).get("anuenciasPendentes").asInt()).isZero();
        assertThat(api("ANALISTA").get("/api/v1/processos?camada=" + camada).json().get("total").asLong()).isEqualTo(1);
        assertThat(api("ANALISTA").get("/api/v1/processos?feicao=uc-que-nao-existe-" + UUID.randomUUID())
                .json().get("total").asLong()).isZero();
        problemaDeValidacao(api("ANALISTA").get("/api/v1/processos?feicao=" + "x".repeat(201)), "no máximo 200 caracteres");
    }

    @Test
    void mapaPublicoServeLicencasEProcessosEmGeoJsonNaCaixaSemDadosDePessoaFisica() {
        ClienteHttp requerente = api("REQUERENTE");
        String cpfDoRepresentante = DocumentosDeTeste.cpf();
        Pessoa juridica = pessoaJuridica(requerente, "Cerâmica do Mapa Ltda", "Rita Representante", cpfDoRepresentante);
        Pessoa fisica = pessoaFisica(requerente, "Joaquim Do Mapa Pereira");
        String licenciado = protocolarAqui(requerente, juridica.pessoaId(), "LAC", "Olaria Mapa Azul");
        String licencaId = lacPorAdesao(licenciado);
        String emAndamento = protocolarAqui(requerente, fisica.pessoaId(), "LP", "Sitio do Joaquim");
        String longe = protocolarAqui(requerente, fisica.pessoaId(), "LP", "Sitio longe da caixa");
        localizar(requerente, licenciado, ponto(lon + 0.001, lat + 0.001));
        localizar(requerente, emAndamento, quadrado(lon + 0.004, lat + 0.004));
        localizar(requerente, longe, ponto(lon + 0.5, lat + 0.5));
        String numeroDaLicenca = quando(api("REQUERENTE"), "/api/v1/licencas/" + licencaId, l -> true)
                .get("licenca").get("numero").asString();

        String caixa = caixa(lon, lat, lon + 0.01, lat + 0.01);
        JsonNode mapa = quando(api(), "/api/v1/publico/mapa?bbox=" + caixa, m -> m.get("total").asLong() == 2);
        ClienteHttp.Resposta resposta = api().get("/api/v1/publico/mapa?bbox=" + caixa);
        assertThat(resposta.contentType()).startsWith("application/geo+json");
        assertThat(resposta.cabecalho("Cache-Control")).contains("public, max-age=60");
        assertThat(mapa.get("type").asString()).isEqualTo("FeatureCollection");
        JsonNode licenca = mapa.get("features").get(0);
        assertThat(licenca.get("type").asString()).isEqualTo("Feature");
        assertThat(licenca.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(licenca.get("properties").get("categoria").asString()).isEqualTo("licenca");
        assertThat(licenca.get("properties").get("numero").asString()).isEqualTo(numeroDaLicenca);
        assertThat(licenca.get("properties").get("situacao").asString()).isEqualTo("VIGENTE");
        assertThat(licenca.get("properties").get("validaAte").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(licenca.get("properties").get("empreendimento").asString()).isEqualTo("Olaria Mapa Azul");
        JsonNode processo = mapa.get("features").get(1);
        assertThat(processo.get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(processo.get("properties").get("categoria").asString()).isEqualTo("processo");
        assertThat(processo.get("properties").get("situacao").asString()).isEqualTo("PROTOCOLADO");
        // A natural person's enterprise is often named after them: not shown, like the rest of the transparency API.
        assertThat(processo.get("properties").get("empreendimento").isNull()).isTrue();
        assertThat(mapa.toString()).doesNotContain("Joaquim").doesNotContain(fisica.documento())
                .doesNotContain(fisica.pessoaId()).doesNotContain(juridica.pessoaId()).doesNotContain(emAndamento)
                .doesNotContain(licenciado).doesNotContain("Rita").doesNotContain(cpfDoRepresentante)
                .doesNotContain("requerenteId");

        // A smaller box leaves the polygon out; a page of one still counts both.
        assertThat(api().get("/api/v1/publico/mapa?bbox=" + caixa(lon, lat, lon + 0.002, lat + 0.002)).json()
                .get("features")).hasSize(1);
        JsonNode pagina = api().get("/api/v1/publico/mapa?tamanho=1&pagina=1&bbox=" + caixa).json();
        assertThat(pagina.get("total").asLong()).isEqualTo(2);
        assertThat(pagina.get("features").get(0).get("properties").get("categoria").asString()).isEqualTo("processo");
    }

    @Test
    void caixaInvalidaRecebeProblemaNomeandoOParametro() {
        ClienteHttp anonimo = api();
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=1,2,3"), "bbox");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=a,b,c,d"), "quatro números");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=NaN,0,1,1"), "quatro números");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=-47,-15,-48,-14"), "oeste deve ser menor que leste");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=-200,-15,-47,-14"), "longitudes");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=-48,-95,-47,-14"), "latitudes");
        // Latitude first (a common mistake) puts -15 as west and -48 as south: within range, but west > east.
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=-15,-48,-16,-47"), "oeste deve ser menor que leste");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?tamanho=1001"), "no máximo 1000 por página");
        problemaDeValidacao(anonimo.get("/api/v1/publico/mapa?bbox=" + "1".repeat(101)), "no máximo 100 caracteres");
        assertThat(anonimo.get("/api/v1/publico/mapa?bbox=-180,-90,180,90").status()).isEqualTo(200);
    }

    /** The applicant gives the enterprise's location (PUT .../localizacao), as after a filing without one. */
    static void localizar(ClienteHttp requerente, String processoId, String geometria) {
        ClienteHttp.Resposta resposta = requerente.enviar("PUT", "/api/v1/processos/" + processoId + "/localizacao",
                "application/json", ("{\"geometria\":" + geometria + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(resposta.status()).as(resposta.corpo()).isBetween(200, 204);
    }

    /** A layer of conservation units with one state park around this test's place (a new version at each call). */
    private void publicarUc(String camadaId, String nome, String feicao, double lado) {
        String colecao = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"%s","nome":"Parque Estadual do Mapa",
                 "esfera":"ESTADUAL","categoria":"PE"},"geometry":%s}]}""".formatted(feicao,
                quadrado(lon - lado / 2, lat - lado / 2, lado));
        ClienteHttp.Resposta resposta = api("ADMIN").enviar("POST", "/api/v1/camadas?nome="
                        + java.net.URLEncoder.encode(nome, java.nio.charset.StandardCharsets.UTF_8)
                        + "&tipo=UNIDADE_DE_CONSERVACAO&camadaId=" + camadaId, "application/geo+json",
                colecao.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
    }

    private static String quadrado(double lon, double lat) {
        return quadrado(lon, lat, 0.002);
    }

    private static String quadrado(double lon, double lat, double lado) {
        return GeoJsonDeTeste.retangulo(lon, lat, lon + lado, lat + lado);
    }

    static String caixa(double oeste, double sul, double leste, double norte) {
        return String.format(Locale.ROOT, "%.6f,%.6f,%.6f,%.6f", oeste, sul, leste, norte);
    }
}
