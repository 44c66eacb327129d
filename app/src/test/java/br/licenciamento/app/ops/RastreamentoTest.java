package br.licenciamento.app.ops;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracing end to end: a trace begun by an HTTP request goes through the command, the events it applied and the
 * projections that handle them on their own threads, and the handlers' log lines name it.
 */
@Import({RastreamentoTest.SpansEmMemoria.class, ProjecaoQueRegistraNoLog.class})
@TestPropertySource(properties = "management.opentelemetry.tracing.export.schedule-delay=200ms")
class RastreamentoTest extends PlataformaEmbutidaTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class SpansEmMemoria {
        @Bean
        InMemorySpanExporter spansEmMemoria() {
            return InMemorySpanExporter.create();
        }
    }

    @Autowired
    private InMemorySpanExporter spans;

    @Autowired
    private ApplicationContext contexto;

    private final ListAppender<ILoggingEvent> linhas = new ListAppender<>();

    @BeforeEach
    void capturarLog() {
        linhas.start();
        ((Logger) ProjecaoQueRegistraNoLog.LOG).addAppender(linhas);
    }

    @AfterEach
    void soltarLog() {
        ((Logger) ProjecaoQueRegistraNoLog.LOG).detachAppender(linhas);
    }

    @Test
    void protocoloPorHttpFormaUmSoTracoDaRequisicaoAteAProjecao() {
        String requerente = requerenteAtivo();
        String traco = idAleatorio(16);

        ClienteHttp.Resposta resposta = api("REQUERENTE").com("traceparent", "00-" + traco + "-" + idAleatorio(8) + "-01")
                .post("/api/v1/processos", """
                        {"requerenteId":"%s","empreendimento":"Rastreio","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                        .formatted(requerente));
        assertThat(resposta.status()).isEqualTo(201);

        List<SpanData> doTraco = Aguardar.ate("spans da requisicao ate as projecoes", Duration.ofSeconds(30),
                () -> spansDoTraco(traco),
                // Spans are exported as they end, in any order: wait for the request's span and both projections'.
                lista -> lista.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER)
                        && nomes(lista).stream().anyMatch(n -> n.startsWith("DossieProjection."))
                        && nomes(lista).stream().anyMatch(n -> n.startsWith("ProjecaoQueRegistraNoLog.")));

        assertThat(doTraco).anySatisfy(s -> {
            assertThat(s.getKind()).isEqualTo(SpanKind.SERVER);
            assertThat(s.getName()).contains("/api/v1/processos");
        });
        assertThat(nomes(doTraco)).contains(
                "CommandBus.dispatchCommand(ProtocolarProcesso)",
                "CommandBus.handleCommand(ProtocolarProcesso)",
                "EventBus.publishEvent(ProcessoProtocolado)",
                "StreamingEventProcessor.process(ProcessoProtocolado)");
        // Filing asks the people context by the query bus whether the applicant is active: that hop is in the trace too.
        assertThat(nomes(doTraco)).contains("QueryBus.query(ConsultaDeSituacaoCadastral)",
                "SituacaoCadastralProjection.handle(ConsultaDeSituacaoCadastral)");
        // The projections ran on the tracking processors' threads, not on the request's.
        SpanData servidor = doTraco.stream().filter(s -> s.getKind() == SpanKind.SERVER).findFirst().orElseThrow();
        SpanData dossie = doTraco.stream().filter(s -> s.getName().startsWith("DossieProjection.")).findFirst().orElseThrow();
        assertThat(dossie.getStartEpochNanos()).isGreaterThanOrEqualTo(servidor.getStartEpochNanos());
        // Message spans name the correlation id, but the metadata with the client address and the user stays out.
        assertThat(doTraco).anyMatch(s -> s.getAttributes().asMap().keySet().stream().anyMatch(k -> k.getKey().equals("correlationId")));
        assertThat(doTraco).allSatisfy(s -> assertThat(s.getAttributes().asMap().keySet())
                .noneMatch(k -> k.getKey().startsWith("axon_metadata_")));

        ILoggingEvent linha = Aguardar.ate("linha de log da projecao", Duration.ofSeconds(30),
                () -> linhas.list.stream().filter(e -> e.getMDCPropertyMap().containsKey("traceId")
                        && traco.equals(e.getMDCPropertyMap().get("traceId"))).findFirst().orElse(null),
                e -> e != null);
        Map<String, String> mdc = linha.getMDCPropertyMap();
        assertThat(mdc).containsKeys("spanId", "correlationId", "usuario");
        assertThat(mdc.get("usuario")).isNotEqualTo("anonimo");

        // The structured JSON option (logging.structured.format.console=ecs) writes the same fields.
        StructuredLogEncoder json = new StructuredLogEncoder();
        json.setContext((LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory());
        json.setFormat("ecs");
        json.start();
        String escrita = new String(json.encode(linha), StandardCharsets.UTF_8);
        json.stop();
        assertThat(escrita).contains("\"traceId\":\"" + traco + "\"")
                .contains("\"spanId\":\"" + mdc.get("spanId") + "\"")
                .contains("\"correlationId\":\"" + mdc.get("correlationId") + "\"")
                .contains("\"usuario\":\"" + mdc.get("usuario") + "\"");
    }

    @Test
    void consultaPorHttpLevaOTracoAteOManipuladorDaConsulta() {
        String id = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Rastreio de consulta","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                .formatted(requerenteAtivo())).cabecalho("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElseThrow();
        Aguardar.ate("dossie projetado", Duration.ofSeconds(30), () -> api("REQUERENTE").get("/api/v1/processos/" + id).status(),
                status -> status == 200);
        String traco = idAleatorio(16);

        api("REQUERENTE").com("traceparent", "00-" + traco + "-" + idAleatorio(8) + "-01").get("/api/v1/processos/" + id);

        List<SpanData> doTraco = Aguardar.ate("spans da consulta", Duration.ofSeconds(30), () -> spansDoTraco(traco),
                lista -> nomes(lista).contains("ConsultasDoDossie.handle(ConsultaDoDossie)")
                        && lista.stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
        assertThat(doTraco).anyMatch(s -> s.getKind() == SpanKind.SERVER && s.getName().contains("/api/v1/processos/"));
        assertThat(nomes(doTraco)).contains("QueryBus.query(ConsultaDoDossie)");
    }

    /** Rebuilding a read model re-reads history: no trace per replayed event, while live events keep theirs. */
    @Test
    void eventosReprocessadosNumReplayNaoGeramSpans() {
        String antes = protocolarComTraco(idAleatorio(16));
        spans.reset();
        linhas.list.clear();

        ClienteHttp.Resposta replay = api("ADMIN").post("/api/v1/ops/processadores/" + ProjecaoQueRegistraNoLog.GRUPO + "/replay", "{}");
        assertThat(replay.status()).as(replay.corpo()).isEqualTo(202);
        Aguardar.ate("o replay passa pelo processo protocolado antes", Duration.ofSeconds(30),
                () -> linhas.list.stream().anyMatch(e -> e.getFormattedMessage().contains(antes)), passou -> passou);
        // A live filing after the replay: once its projection span is exported, any span of the replay would be too.
        String traco = idAleatorio(16);
        protocolarComTraco(traco);

        assertThat(spans.getFinishedSpanItems()).filteredOn(s -> s.getName().startsWith("ProjecaoQueRegistraNoLog."))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.getTraceId()).as(s.getName()).isEqualTo(traco));
    }

    /** Files a request under the given trace and waits for the test projection's span in it; answers the process id. */
    private String protocolarComTraco(String traco) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").com("traceparent", "00-" + traco + "-" + idAleatorio(8) + "-01")
                .post("/api/v1/processos", """
                        {"requerenteId":"%s","empreendimento":"Replay sem spans","cnae":"2342-7/02","municipioIbge":"3304557","tipoLicenca":"LP"}"""
                        .formatted(requerenteAtivo()));
        assertThat(resposta.status()).isEqualTo(201);
        Aguardar.ate("span da projecao de teste", Duration.ofSeconds(30), () -> spansDoTraco(traco),
                lista -> nomes(lista).stream().anyMatch(n -> n.startsWith("ProjecaoQueRegistraNoLog.")));
        return resposta.cabecalho("Location").map(l -> l.substring(l.lastIndexOf('/') + 1)).orElseThrow();
    }

    @Test
    void semEnderecoOtlpNaoHaExportadorParaARede() {
        // Only this test's in-memory exporter: Boot creates the OTLP exporter only when an endpoint is configured.
        assertThat(contexto.getBeansOfType(SpanExporter.class)).containsOnlyKeys("spansEmMemoria");
        assertThat(contexto.getEnvironment().getProperty("management.opentelemetry.tracing.export.otlp.endpoint")).isNull();
    }

    private List<SpanData> spansDoTraco(String traco) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traco)).toList();
    }

    private static List<String> nomes(List<SpanData> lista) {
        return lista.stream().map(SpanData::getName).toList();
    }

    private static String idAleatorio(int bytes) {
        byte[] id = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(id);
        id[0] |= 1;
        return HexFormat.of().formatHex(id);
    }
}
