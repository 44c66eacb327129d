package br.licenciamento.app.processo;

import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agency's own catalogue through the API: ADMIN publishes a version from a day on, a process keeps the version
 * in force on its filing day, a version past the law is refused naming the rule, and refused input changes nothing.
 */
class CatalogoVersionadoPelaApiTest extends FluxoDeLicenciamento {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERSOES = "/api/v1/catalogo/versoes";

    @Test
    void versaoPublicadaValeParaOsProcessosProtocoladosDesdeSuaVigenciaEOsAnterioresGuardamASua() {
        ClienteHttp admin = api("ADMIN");
        CatalogoPelaApi.alemDasVersoesPublicadas(admin, relogio);
        JsonNode vigente = admin.get("/api/v1/catalogo").json();
        int anterior = vigente.get("versao").asInt();
        JsonNode original = vigente.get("conteudo");
        assertThat(prazo(original)).as("LP sem EIA na Lei 15.190, semeado").isEqualTo(6);
        assertThat(api("GESTOR").get("/api/v1/catalogo").status()).as("a equipe le o catalogo vigente").isEqualTo(200);

        // Tomorrow the agency analyses an LP without EIA in 4 months instead of 6.
        LocalDate amanha = hoje().plusDays(1);
        ClienteHttp.Resposta publicada = admin.post(VERSOES, pedido(amanha, comPrazo(original, 4)));
        assertThat(publicada.status()).as(publicada.corpo()).isEqualTo(201);
        int nova = publicada.json().get("versao").asInt();
        assertThat(nova).isEqualTo(anterior + 1);
        assertThat(publicada.cabecalho("Location")).contains(VERSOES + "/" + nova);
        try {
            Protocolo deHoje = protocolar(requerenteAtivo(), "LP", null, null);
            recusasNaoMudamNada(admin, original, amanha);

            JsonNode versoes = admin.get(VERSOES + "?tamanho=200").json().get("itens");
            JsonNode ultima = versoes.get(versoes.size() - 1);
            assertThat(ultima.get("versao").asInt()).isEqualTo(nova);
            assertThat(ultima.get("vigenteDesde").asString()).isEqualTo(amanha.toString());
            assertThat(ultima.get("situacao").asString()).isEqualTo("FUTURA");
            assertThat(ultima.get("autor").asString()).isNotBlank().isNotEqualTo("anonimo");
            assertThat(ultima.get("publicadaEm").asString()).isNotBlank();
            assertThat(versoes.get(0).get("versao").asInt()).isEqualTo(1);
            assertThat(versoes.get(0).get("vigenteDesde").isNull()).as("a semeada vale desde sempre").isTrue();
            assertThat(prazo(admin.get(VERSOES + "/" + nova).json().get("conteudo"))).isEqualTo(4);

            relogio.avancarDias(1);
            assertThat(admin.get("/api/v1/catalogo").json().get("versao").asInt()).isEqualTo(nova);
            Protocolo deAmanha = protocolar(requerenteAtivo(), "LP", null, null);
            // Both classified now, under the new version: each keeps the one of its filing day.
            enquadrarNaClasse4(deHoje.processoId());
            enquadrarNaClasse4(deAmanha.processoId());
            assertThat(evento(deHoje.processoId(), "ProcessoProtocolado").get("versaoDoCatalogo").asInt()).isEqualTo(anterior);
            assertThat(evento(deAmanha.processoId(), "ProcessoProtocolado").get("versaoDoCatalogo").asInt()).isEqualTo(nova);
            // Lei 15.190 art. 47: each term runs from the delivery of the documents (today), in its own version's months.
            assertThat(evento(deHoje.processoId(), "DocumentacaoEntregue").get("prazoAnaliseAte").asString())
                    .isEqualTo(hoje().plusMonths(6).toString());
            assertThat(evento(deAmanha.processoId(), "DocumentacaoEntregue").get("prazoAnaliseAte").asString())
                    .isEqualTo(hoje().plusMonths(4).toString());
        } finally {
            // The other tests of this context expect the seeded terms: from the new version's day on, the original again.
            if (hoje().isBefore(amanha)) {
                relogio.avancarDias(1);
            }
            ClienteHttp.Resposta restaurada = admin.post(VERSOES, pedido(hoje(), original));
            assertThat(restaurada.status()).as(restaurada.corpo()).isEqualTo(201);
        }
    }

    /** Every bad publication is answered with problem+json and leaves the versions as they were. */
    private void recusasNaoMudamNada(ClienteHttp admin, JsonNode original, LocalDate pendente) {
        String antes = admin.get(VERSOES).corpo();

        ClienteHttp.Resposta longoDemais = admin.post(VERSOES, pedido(pendente.plusDays(1), comPrazo(original, 7)));
        recusadaPelaRegra(longoDemais, "prazo-de-analise-acima-do-legal");
        assertThat(longoDemais.json().get("detail").asString()).contains("Lei 15.190/2025 art. 47").contains("máximo 6 meses");

        ObjectNode validadeLonga = (ObjectNode) original.deepCopy();
        for (JsonNode faixa : validadeLonga.get("validades")) {
            if (faixa.get("regime").asString().equals("LEI_15190") && faixa.get("tipoLicenca").asString().equals("LP")) {
                ((ObjectNode) faixa).put("maximoMeses", 96);
            }
        }
        recusadaPelaRegra(admin.post(VERSOES, pedido(pendente.plusDays(1), validadeLonga)), "validade-fora-da-faixa-legal");
        recusadaPelaRegra(admin.post(VERSOES, pedido(pendente, original)), "catalogo-vigencia-sobreposta");
        recusadaPelaRegra(admin.post(VERSOES, pedido(hoje().minusDays(1), original)), "catalogo-vigencia-no-passado");

        ObjectNode chaveDesconhecida = (ObjectNode) original.deepCopy();
        ((ObjectNode) chaveDesconhecida.get("parametros").get(0).get("valores")).put("prazoDeRecursoDias", 15);
        ClienteHttp.Resposta desconhecida = admin.post(VERSOES, pedido(pendente.plusDays(1), chaveDesconhecida));
        recusadaPelaRegra(desconhecida, "catalogo-chave-desconhecida");
        assertThat(desconhecida.json().get("detail").asString()).contains("prazoDeRecursoDias");

        ObjectNode regimeDesconhecido = (ObjectNode) original.deepCopy();
        ((ObjectNode) regimeDesconhecido.get("validades").get(0)).put("regime", "LEI_99999");
        recusadaPelaRegra(admin.post(VERSOES, pedido(pendente.plusDays(1), regimeDesconhecido)), "catalogo-chave-desconhecida");

        ObjectNode semCampo = (ObjectNode) original.deepCopy();
        ((ObjectNode) semCampo.get("prazosDeAnalise").get(0)).remove("meses");
        recusadaPelaRegra(admin.post(VERSOES, pedido(pendente.plusDays(1), semCampo)), "catalogo-valor-invalido");

        problema(admin.post(VERSOES, "{"), 400);
        problema(admin.post(VERSOES, "{\"vigenteDesde\":\"amanha\"}"), 422);
        byte[] enorme = ("{\"vigenteDesde\":\"" + pendente.plusDays(1) + "\",\"conteudo\":{\"x\":\"" + "a".repeat(1_000_000) + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        problema(admin.enviar("POST", VERSOES, "application/json", enorme), 413);
        problema(admin.enviar("POST", VERSOES, "text/plain", "oi".getBytes(StandardCharsets.UTF_8)), 415);
        problema(admin.get(VERSOES + "/999"), 404);
        problema(admin.get(VERSOES + "/abc"), 400);
        problema(api("GESTOR").post(VERSOES, pedido(pendente.plusDays(1), original)), 403);
        problema(api("GESTOR").get(VERSOES), 403);

        assertThat(admin.get(VERSOES).corpo()).as("nada mudou").isEqualTo(antes);
    }

    private void enquadrarNaClasse4(String processoId) {
        passo("GESTOR", processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        entregarDocumentosExigidos(processoId);
    }

    private JsonNode evento(String processoId, String tipo) {
        return historico(processoId).stream().filter(r -> r.get("evento").asString().equals(tipo)).findFirst()
                .orElseThrow(() -> new AssertionError("sem " + tipo + " em " + processoId)).get("dados");
    }

    private static void problema(ClienteHttp.Resposta resposta, int status) {
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(status);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
    }

    private static int prazo(JsonNode conteudo) {
        for (JsonNode prazo : conteudo.get("prazosDeAnalise")) {
            if (lpSemEiaNaLei15190(prazo)) {
                return prazo.get("meses").asInt();
            }
        }
        throw new AssertionError("catalogo sem o prazo de LP sem EIA na Lei 15.190");
    }

    private static ObjectNode comPrazo(JsonNode original, int meses) {
        ObjectNode conteudo = (ObjectNode) original.deepCopy();
        for (JsonNode prazo : conteudo.get("prazosDeAnalise")) {
            if (lpSemEiaNaLei15190(prazo)) {
                ((ObjectNode) prazo).put("meses", meses);
            }
        }
        return conteudo;
    }

    private static boolean lpSemEiaNaLei15190(JsonNode prazo) {
        return prazo.get("regime").asString().equals("LEI_15190") && prazo.get("tipoLicenca").asString().equals("LP")
                && !prazo.get("comEiaRima").asBoolean();
    }

    static String pedido(LocalDate vigenteDesde, JsonNode conteudo) {
        ObjectNode pedido = JSON.createObjectNode();
        pedido.put("vigenteDesde", vigenteDesde.toString());
        pedido.set("conteudo", conteudo);
        return JSON.writeValueAsString(pedido);
    }
}
