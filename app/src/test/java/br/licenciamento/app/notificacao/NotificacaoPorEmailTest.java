package br.licenciamento.app.notificacao;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A saga notification reaches the applicant twice over: in the inbox and as an e-mail received by a real SMTP server
 * (GreenMail, in process), with the process, what happened, what to do and by when.
 */
class NotificacaoPorEmailTest {

    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    static Path dados;

    private static PlataformaPropria plataforma;
    private static DeadlineManager prazos;

    @BeforeAll
    static void iniciar() {
        SMTP.start();
        plataforma = new PlataformaPropria(dados,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + SMTP.getSmtp().getPort(),
                "--licenciamento.sagas.entrega.intervalo=PT1S",
                "--licenciamento.sagas.agendador.intervalo-de-consulta=PT1S",
                "--licenciamento.sagas.entrega.remetente=licenciamento@orgao.gov.br",
                "--licenciamento.sagas.parada-apos=PT3S");
        prazos = plataforma.bean(DeadlineManager.class);
    }

    @AfterAll
    static void parar() {
        if (plataforma != null) {
            plataforma.close();
        }
        SMTP.stop();
    }

    private ClienteHttp api(String papel) {
        return plataforma.api(papel);
    }

    /** The demo applicant registers the person, and so represents it and reads its notifications. */
    private String requerenteAtivo() {
        return PlataformaEmbutidaTest.requerenteAtivo(api("REQUERENTE"));
    }

    @Test
    void prazosSaoPersistentes() {
        assertThat(prazos).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void complementacaoSolicitada_chegaPorEmailENaCaixaDeEntradaDoRequerente() throws Exception {
        String requerente = requerenteAtivo();
        String processoId = protocolar(requerente);
        passo(processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        // The platform issues the fee slip on classification and tells the applicant.
        passo(processoId, "guias/" + PlataformaEmbutidaTest.guiaEmitidaPelaPlataforma(api("AUDITOR"), processoId)
                + "/pagamento", "{}");
        passo(processoId, "admissibilidade", "{\"admitido\":true}");
        passo(processoId, "complementacoes", "{\"itens\":[\"Estudo de dispersao atmosferica\"]}");

        MimeMessage email = Aguardar.ate("e-mail da complementacao", Duration.ofSeconds(30),
                () -> Arrays.stream(SMTP.getReceivedMessages())
                        .filter(m -> GreenMailUtil.getBody(m).contains(processoId) || assunto(m).contains("complementação"))
                        .findFirst().orElse(null),
                m -> m != null);
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("requerente@exemplo.com.br");
        assertThat(email.getFrom()[0].toString()).isEqualTo("licenciamento@orgao.gov.br");
        assertThat(assunto(email)).endsWith(": complementação solicitada").startsWith("Processo ");
        // The text as the reader's mail program shows it: transfer encoding undone, UTF-8 decoded.
        String corpo = ((String) email.getContent()).replace("\r\n", "\n");
        assertThat(corpo).contains("Ceramica Vale Verde", "O que aconteceu: O órgão pediu complementação: Estudo de dispersao",
                "O que fazer: Anexe os documentos", "Prazo: até ");

        JsonNode caixa = doProcesso(api("REQUERENTE").get("/api/v1/notificacoes").json().get("itens"), processoId);
        // Newest first: the complementation, then the fee slip the applicant was told to pay.
        assertThat(caixa.size()).isEqualTo(2);
        JsonNode item = caixa.get(0);
        assertThat(item.get("tipo").asString()).isEqualTo("COMPLEMENTACAO_SOLICITADA");
        assertThat(caixa.get(1).get("tipo").asString()).isEqualTo("GUIA_EMITIDA");
        assertThat(item.get("processoId").asString()).isEqualTo(processoId);
        assertThat(item.get("lida").asBoolean()).isFalse();
        assertThat(item.get("envio").asString()).isEqualTo("ENVIADA");

        assertThat(api("REQUERENTE").post("/api/v1/notificacoes/" + item.get("id").asString() + "/leitura", "").status())
                .isEqualTo(204);
        JsonNode naoLidas = doProcesso(api("REQUERENTE").get("/api/v1/notificacoes?naoLidas=true").json().get("itens"), processoId);
        assertThat(naoLidas.size()).isEqualTo(1);
        assertThat(naoLidas.get(0).get("tipo").asString()).isEqualTo("GUIA_EMITIDA");

        // Another applicant's inbox does not show it, nor can they mark it.
        ClienteHttp outro = plataforma.novoRequerente();
        assertThat(outro.get("/api/v1/notificacoes").json().get("itens").size()).isZero();
        ClienteHttp.Resposta alheia = outro.post("/api/v1/notificacoes/" + item.get("id").asString() + "/leitura", "");
        assertThat(alheia.status()).isEqualTo(404);
        assertThat(alheia.contentType()).startsWith("application/problem+json");
        assertThat(outro.get("/api/v1/notificacoes?tamanho=0").status()).isEqualTo(400);

        // Sent once: later passes of the outbox do not send it again.
        Thread.sleep(2500);
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> assunto(m).equals(assunto(email)))).hasSize(1);
    }

    @Test
    void monitorDeSagas_mostraAssociacoesProximoPrazoEUltimoEventoESinalizaAsParadas() {
        String processoId = protocolar(requerenteAtivo());
        passo(processoId, "enquadramento", "{\"porte\":\"G\",\"potencial\":\"P\"}");
        passo(processoId, "guias", "{\"valor\":1250.00,\"meio\":\"PIX\",\"vencimento\":\"2099-01-31\"}");

        JsonNode taxa = Aguardar.ate("saga da taxa com o prazo de pagamento", Duration.ofSeconds(30),
                () -> sagaDoProcesso("TaxaSaga", processoId, false),
                s -> s != null && "GuiaDeTaxaEmitida".equals(s.get("ultimoEvento").asString()));
        Instant prazo = Instant.parse(taxa.get("proximoPrazo").asString());
        assertThat(prazo).isBetween(Instant.now().plus(Duration.ofDays(29)), Instant.now().plus(Duration.ofDays(31)));
        assertThat(taxa.get("parada").asBoolean()).isFalse();
        assertThat(taxa.get("idade").asString()).startsWith("PT");

        JsonNode analise = sagaDoProcesso("PrazoDeAnaliseSaga", processoId, false);
        assertThat(analise.get("ultimoEvento").asString()).isEqualTo("ProcessoEnquadrado");
        // Lei 15.190 art. 47: no document delivered yet, so the analysis clock has not started.
        assertThat(analise.get("proximoPrazo").isNull()).isTrue();

        // The complementation saga waits with nothing scheduled: after the configured 3 s it is reported stuck.
        JsonNode complementacao = Aguardar.ate("saga de complementacao sinalizada como parada", Duration.ofSeconds(30),
                () -> sagaDoProcesso("ComplementacaoSaga", processoId, true), s -> s != null);
        assertThat(complementacao.get("motivo").asString()).contains("sem prazo agendado");
        JsonNode panorama = api("ADMIN").get("/api/v1/ops/sagas").json();
        assertThat(panorama.get("tipos").toString()).contains("\"tipo\":\"TaxaSaga\"", "\"tipo\":\"ComplementacaoSaga\"");
        // Counted in the database, listed a page at a time.
        long ativas = 0;
        for (JsonNode porTipo : panorama.get("tipos")) {
            ativas += porTipo.get("ativas").asLong();
        }
        assertThat(panorama.get("total").asLong()).isEqualTo(ativas);
        JsonNode umaPorPagina = api("ADMIN").get("/api/v1/ops/sagas?tamanho=1&pagina=1").json();
        assertThat(umaPorPagina.get("itens").size()).isEqualTo(1);
        assertThat(umaPorPagina.get("total").asLong()).isEqualTo(ativas);
        assertThat(api("ADMIN").get("/api/v1/ops/sagas?tamanho=0").status()).isEqualTo(400);
    }

    private JsonNode sagaDoProcesso(String tipo, String processoId, boolean paradas) {
        JsonNode sagas = api("ADMIN").get("/api/v1/ops/sagas?tipo=" + tipo + "&paradas=" + paradas).json().get("itens");
        for (JsonNode saga : sagas) {
            if (saga.get("associacoes").path("processoId").toString().contains(processoId)) {
                return saga;
            }
        }
        return null;
    }

    /** The inbox items about one process (the demo applicant's inbox also holds other tests' processes). */
    private static JsonNode doProcesso(JsonNode caixa, String processoId) {
        tools.jackson.databind.node.ArrayNode itens = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        for (JsonNode item : caixa) {
            if (processoId.equals(item.path("processoId").asString())) {
                itens.add(item);
            }
        }
        return itens;
    }

    private static String assunto(MimeMessage mensagem) {
        try {
            return mensagem.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String protocolar(String requerenteId) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Ceramica Vale Verde","cnae":"2342-7/02",
                 "municipioIbge":"3106200","localizacao":{"latitude":-19.92,"longitude":-43.94},"tipoLicenca":"LP"}"""
                .formatted(requerenteId));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("processoId").asString();
    }

    private JsonNode passo(String processoId, String etapa, String corpo) {
        ClienteHttp.Resposta resposta = api("GESTOR").post("/api/v1/processos/" + processoId + "/" + etapa, corpo);
        assertThat(resposta.status()).as(etapa + ": " + resposta.corpo()).isEqualTo(202);
        return resposta.json();
    }
}
