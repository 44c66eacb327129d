package br.licenciamento.platform.rastreamento;

import br.licenciamento.api.comum.ChavesDeMetadados;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.axonframework.tracing.SpanAttributesProvider;
import org.axonframework.tracing.SpanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.util.HashMap;
import java.util.Map;

/**
 * Tracing of Axon's messages on the tracer Spring Boot builds (Micrometer Tracing over OpenTelemetry). It runs
 * after Boot's tracing and before Axon's tracing auto-configuration, whose no-op span factory it replaces.
 * <p>
 * Exporting is Boot's: spans leave the process only when an OTLP endpoint is configured
 * ({@code management.opentelemetry.tracing.export.otlp.endpoint}, or the standard {@code OTEL_EXPORTER_OTLP_ENDPOINT});
 * without one there is no exporter and no connection attempt, and the trace and span ids still reach the logs.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration"},
        beforeName = "org.axonframework.springboot.autoconfig.AxonTracingAutoConfiguration")
@ConditionalOnBean({Tracer.class, Propagator.class})
public class RastreamentoAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SpanFactory.class)
    SpansDoAxon spansDoAxon(Tracer tracer, Propagator propagador) {
        return new SpansDoAxon(tracer, propagador);
    }

    /**
     * The audit correlation on every message span, so a trace can be found from a log line or an event's metadata.
     * Axon's own metadata provider is off by default (licenciamento-padrao.properties): it would copy the client
     * address and the user into the tracing backend.
     */
    @Bean
    SpanAttributesProvider atributosDeCorrelacao() {
        return mensagem -> {
            Map<String, String> atributos = new HashMap<>();
            for (String chave : new String[]{ChavesDeMetadados.CORRELACAO, ChavesDeMetadados.CAUSA}) {
                Object valor = mensagem.getMetaData().get(chave);
                if (valor != null) {
                    atributos.put(chave, valor.toString());
                }
            }
            return atributos;
        };
    }
}
