package br.licenciamento.app.homologacao;

import br.licenciamento.app.processo.EtapasPelaApi;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A homologation environment, driven only through the REST API as agency staff would train on it: ADMIN moves the
 * platform's time forward and every time-driven rule follows: deadlines fire once, due dates move, renewals extend or
 * not, conditions fall due. The clock only moves forward, so each test counts from the platform's "today".
 */
// Closed after the class: Axon's clock is one per JVM and the other test contexts need the real time back.
@DirtiesContext
@TestPropertySource(properties = {"licenciamento.relogio.homologacao=true",
        "licenciamento.sagas.agendador.intervalo-de-consulta=PT1S"})
class RelogioDeHomologacaoTest extends EtapasPelaApi {

    @Override
    protected LocalDate hoje() {
        return LocalDate.parse(relogio().get("hoje").asString());
    }

    @Test
    void complementacaoNaoAtendidaArquivaENotificaUmaVezQuandoOTempoPassaDoPrazo() {
        String processo = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        levarAteAAnalise(processo, "G", "P");
        passo("ANALISTA", processo, "complementacoes", "{\"itens\":[\"Plano de controle ambiental\"]}");
        dossieNaSituacao(processo, "AGUARDANDO_COMPLEMENTACAO");

        JsonNode antes = relogio();
        JsonNode depois = avancar(125); // past the 4 months the applicant had
        assertThat(LocalDate.parse(depois.get("hoje").asString()))
                .isEqualTo(LocalDate.parse(antes.get("hoje").asString()).plusDays(125));

        dossieNaSituacao(processo, "ARQUIVADO");
        Aguardar.ate("aviso do arquivamento ao requerente", Duration.ofSeconds(30), () -> avisos("REQUERENTE", processo,
                "ARQUIVADO_SEM_COMPLEMENTACAO"), n -> n == 1);
        avancar(1);
        assertThat(avisos("REQUERENTE", processo, "ARQUIVADO_SEM_COMPLEMENTACAO")).as("uma vez so").isEqualTo(1);
        // The archive happened in simulated time, and its event says so.
        JsonNode arquivamento = evento(processo, "ProcessoArquivado");
        assertThat(arquivamento.get("metadados").get("relogioDeslocado").asString()).startsWith("PT");
        assertThat(arquivamento.get("metadados").get("usuario").asString()).isNotBlank();
    }

    @Test
    void prazoDoOrgaoAndaExatamenteOsDiasEsperadosNaComplementacao() {
        String processo = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        levarAteAAnalise(processo, "G", "P");
        LocalDate prazo = prazoDeAnalise(processo, null);
        passo("ANALISTA", processo, "complementacoes", "{\"itens\":[\"Estudo de dispersao atmosferica\"]}");

        avancar(30);
        String documento = anexarPdf(processo, "estudo.pdf", "Estudo").get("documentoId").asString();
        passo("REQUERENTE", processo, "complementacoes/resposta", "{\"documentoIds\":[\"" + documento + "\"]}");

        assertThat(prazoDeAnalise(processo, prazo)).isEqualTo(prazo.plusDays(30));
    }

    @Test
    void renovacaoPedidaComAntecedenciaLegalProrrogaALicencaEPedidaDepoisNao() {
        String requerente = requerenteAtivo();
        String cedo = licencaDeTresAnos(requerente);
        String tarde = licencaDeTresAnos(requerente);
        LocalDate validaAte = LocalDate.parse(licenca(cedo).get("licenca").get("validaAte").asString());

        avancar((int) ChronoUnit.DAYS.between(hoje(), validaAte.minusDays(150)));
        licencaPasso(cedo, "renovacao", "{\"justificativa\":\"Atividade continua\"}");
        avancar(50); // 100 days before expiry: later than the lead time
        licencaPasso(tarde, "renovacao", "{\"justificativa\":\"Atividade continua\"}");

        Aguardar.ate("renovacoes no registro", Duration.ofSeconds(30), () -> List.of(licenca(cedo), licenca(tarde)),
                l -> l.stream().allMatch(f -> !f.get("licenca").get("renovacaoSolicitadaEm").isNull()));
        assertThat(licenca(cedo).get("licenca").get("prorrogadaAteDecisao").asBoolean()).isTrue();
        assertThat(licenca(tarde).get("licenca").get("prorrogadaAteDecisao").asBoolean()).isFalse();

        avancar(101); // both past their validity: only the one asked in time is still in force
        assertThat(licenca(cedo).get("licenca").get("situacao").asString()).isEqualTo("VIGENTE");
        Aguardar.ate("a licenca renovada tarde vence", Duration.ofSeconds(30),
                () -> licenca(tarde).get("licenca").get("situacao").asString(), "VENCIDA"::equals);
    }

    @Test
    void condicionanteVencidaSemRelatorioAvisaOsAnalistasUmaVez() {
        String processo = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        levarAteAAnalise(processo, "G", "P");
        String licenca = deferir(processo, 36, """
                [{"descricao":"Inventario de fauna","prazo":"%s"}]""".formatted(hoje().plusDays(30)));

        avancar(31);
        Aguardar.ate("aviso da condicionante vencida", Duration.ofSeconds(30),
                () -> avisosDaLicenca("ANALISTA", licenca, "CONDICIONANTE_DESCUMPRIDA"), n -> n == 1);
        avancar(1);
        assertThat(avisosDaLicenca("ANALISTA", licenca, "CONDICIONANTE_DESCUMPRIDA")).isEqualTo(1);
    }

    @Test
    void relogioSoAndaParaAFrenteESoPeloAdministrador() {
        ClienteHttp.Resposta paraTras = api("ADMIN").post("/api/v1/ops/relogio/avanco", "{\"dias\":-1}");
        assertThat(paraTras.status()).isEqualTo(400);
        assertThat(paraTras.contentType()).startsWith("application/problem+json");
        assertThat(api("GESTOR").post("/api/v1/ops/relogio/avanco", "{\"dias\":1}").status()).isEqualTo(403);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private JsonNode relogio() {
        ClienteHttp.Resposta resposta = api("ADMIN").get("/api/v1/ops/relogio");
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(200);
        assertThat(resposta.json().get("homologacao").asBoolean()).isTrue();
        return resposta.json();
    }

    private JsonNode avancar(int dias) {
        ClienteHttp.Resposta resposta = api("ADMIN").post("/api/v1/ops/relogio/avanco", "{\"dias\":" + dias + "}");
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(200);
        return resposta.json();
    }

    private String licencaDeTresAnos(String requerente) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos", pedido(requerente, "LP", null, null));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        String processo = resposta.json().get("processoId").asString();
        levarAteAAnalise(processo, "G", "P");
        String licenca = deferir(processo, 36, "[]");
        Aguardar.ate("licenca no registro", Duration.ofSeconds(30), () -> api("GESTOR").get("/api/v1/licencas/" + licenca),
                r -> r.status() == 200);
        return licenca;
    }

    private JsonNode licenca(String licencaId) {
        return api("GESTOR").get("/api/v1/licencas/" + licencaId).json();
    }

    private void licencaPasso(String licencaId, String etapa, String corpo) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/licencas/" + licencaId + "/" + etapa, corpo);
        assertThat(resposta.status()).as(etapa + ": " + resposta.corpo()).isEqualTo(202);
    }

    /** The analysis due date in the search model; waits until it differs from {@code anterior}. */
    private LocalDate prazoDeAnalise(String processo, LocalDate anterior) {
        String numero = dossieNaSituacao(processo, "EM_ANALISE").get("numero").asString();
        JsonNode item = Aguardar.ate("prazo de analise na pesquisa", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/processos?numero=" + numero).json().get("itens").get(0),
                i -> !i.get("prazoAnaliseAte").isNull()
                        && (anterior == null || !anterior.equals(LocalDate.parse(i.get("prazoAnaliseAte").asString()))));
        return LocalDate.parse(item.get("prazoAnaliseAte").asString());
    }

    private long avisos(String papel, String processo, String tipo) {
        return contar(api(papel).get("/api/v1/notificacoes?tamanho=200").json().get("itens"), "processoId", processo, tipo);
    }

    private long avisosDaLicenca(String papel, String licenca, String tipo) {
        return contar(api(papel).get("/api/v1/notificacoes?tamanho=200").json().get("itens"), "licencaId", licenca, tipo);
    }

    private static long contar(JsonNode caixa, String campo, String valor, String tipo) {
        List<JsonNode> itens = new ArrayList<>();
        caixa.forEach(itens::add);
        return itens.stream().filter(n -> valor.equals(n.get(campo).asString()) && tipo.equals(n.get("tipo").asString())).count();
    }

    /** The event of this type in the aggregate's stream, with its metadata, from the event explorer. */
    private JsonNode evento(String agregado, String tipo) {
        JsonNode pagina = api("ADMIN").get("/api/v1/ops/eventos?agregado=" + agregado + "&tamanho=200").json();
        for (JsonNode evento : pagina.get("itens")) {
            if (evento.get("tipo").asString().endsWith(tipo)) {
                return evento;
            }
        }
        throw new AssertionError("Sem " + tipo + " em " + agregado + ": " + pagina);
    }
}
