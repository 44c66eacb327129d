package br.licenciamento.app.ops;

import br.licenciamento.platform.rastreamento.RastreamentoAutoConfiguration;
import br.licenciamento.platform.rastreamento.SpansDoAxon;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.tracing.Span;
import org.axonframework.tracing.SpanScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracing wiring alone (Boot's OpenTelemetry auto-configuration plus the platform's Axon span factory): spans
 * leave the process only to a configured OTLP endpoint, and the trace context crosses threads in the metadata.
 */
class ExportacaoDeSpansTest {

    private final ApplicationContextRunner contexto = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpenTelemetrySdkAutoConfiguration.class,
                    OpenTelemetryTracingAutoConfiguration.class, OtlpTracingAutoConfiguration.class,
                    RastreamentoAutoConfiguration.class))
            .withPropertyValues("management.tracing.sampling.probability=1.0");

    private HttpServer coletor;
    private final List<String> recebidos = new CopyOnWriteArrayList<>();

    @BeforeEach
    void iniciarColetor() throws Exception {
        // A stand-in OTLP/HTTP collector on the loopback: records what reaches it.
        coletor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        coletor.createContext("/", troca -> {
            recebidos.add(troca.getRequestMethod() + " " + troca.getRequestURI().getPath() + " "
                    + troca.getRequestHeaders().getFirst("Content-Type") + " " + troca.getRequestBody().readAllBytes().length);
            troca.sendResponseHeaders(200, -1);
            troca.close();
        });
        coletor.start();
    }

    @AfterEach
    void pararColetor() {
        coletor.stop(0);
    }

    @Test
    void semEnderecoConfiguradoNaoHaExportadorNemConexao() {
        contexto.run(ctx -> {
            assertThat(ctx).hasSingleBean(SpansDoAxon.class).doesNotHaveBean(SpanExporter.class);
            Span span = ctx.getBean(SpansDoAxon.class).createRootTrace(() -> "sem exportador").start();
            span.end();
            assertThat(ctx.getBean(SdkTracerProvider.class).forceFlush().join(5, TimeUnit.SECONDS).isSuccess()).isTrue();
        });
        assertThat(recebidos).isEmpty();
    }

    @Test
    void comEnderecoConfiguradoOsSpansDoAxonChegamAoColetor() {
        contexto.withPropertyValues("management.opentelemetry.tracing.export.otlp.endpoint=http://127.0.0.1:"
                        + coletor.getAddress().getPort() + "/v1/traces")
                .run(ctx -> {
                    assertThat(ctx).hasBean("otlpHttpSpanExporter");
                    SpansDoAxon spans = ctx.getBean(SpansDoAxon.class);
                    spans.createRootTrace(() -> "exportado").start().end();
                    assertThat(ctx.getBean(SdkTracerProvider.class).forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
                });
        assertThat(recebidos).anySatisfy(r -> assertThat(r).startsWith("POST /v1/traces application/x-protobuf"));
    }

    @Test
    void oContextoViajaNosMetadadosParaOutraThreadEUmEventoAntigoSoSeVincula() {
        contexto.withBean(InMemorySpanExporter.class, InMemorySpanExporter::create).run(ctx -> {
            SpansDoAxon spans = ctx.getBean(SpansDoAxon.class);
            Span envio = spans.createDispatchSpan(() -> "EventBus.publishEvent", GenericEventMessage.asEventMessage("x")).start();
            EventMessage<?> evento;
            try (SpanScope ignorado = envio.makeCurrent()) {
                evento = spans.propagateContext(GenericEventMessage.asEventMessage("protocolado"));
            } finally {
                envio.end();
            }
            assertThat(evento.getMetaData()).containsKey("traceparent");

            // On another thread, as a tracking processor handles it: a child in the same trace, or a linked new trace.
            EventMessage<?> recebido = evento;
            CompletableFuture.runAsync(() -> {
                spans.createChildHandlerSpan(() -> "StreamingEventProcessor.process", recebido).start().end();
                spans.createLinkedHandlerSpan(() -> "Replay", recebido).start().end();
            }).join();
            ctx.getBean(SdkTracerProvider.class).forceFlush().join(5, TimeUnit.SECONDS);

            List<SpanData> exportados = ctx.getBean(InMemorySpanExporter.class).getFinishedSpanItems();
            SpanData origem = porNome(exportados, "EventBus.publishEvent(String)");
            SpanData filho = porNome(exportados, "StreamingEventProcessor.process(String)");
            SpanData vinculado = porNome(exportados, "Replay(String)");
            assertThat(filho.getTraceId()).isEqualTo(origem.getTraceId());
            assertThat(filho.getParentSpanId()).isEqualTo(origem.getSpanId());
            assertThat(vinculado.getTraceId()).isNotEqualTo(origem.getTraceId());
            assertThat(vinculado.getLinks()).singleElement()
                    .satisfies(l -> assertThat(l.getSpanContext().getSpanId()).isEqualTo(origem.getSpanId()));
            // The probe used to read the link was never reported.
            assertThat(exportados).hasSize(3);
        });
    }

    private static SpanData porNome(List<SpanData> spans, String nome) {
        return spans.stream().filter(s -> s.getName().equals(nome)).findFirst()
                .orElseThrow(() -> new AssertionError(nome + " ausente em " + spans.stream().map(SpanData::getName).toList()));
    }
}
