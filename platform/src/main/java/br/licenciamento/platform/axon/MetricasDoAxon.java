package br.licenciamento.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Axon's Micrometer meters without its "capacity" gauges. A capacity gauge keeps every handling time of the last ten
 * minutes, one map entry per message, for each processor, payload type and bus: memory grows with throughput, not
 * with anything stored. During a one-million-event replay they held 4.8 million entries (~400 MB of the 768 MiB heap,
 * heap dump) and the platform spent the rest of the run collecting garbage. The same figure, the share of time spent
 * handling, is {@code rate(<timer>_seconds_sum[1m])} of the timers kept here, at a constant cost; so are counts,
 * failures and processor latency, which the Grafana dashboard uses.
 */
@AutoConfiguration(beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
@ConditionalOnClass({MeterRegistry.class, GlobalMetricRegistry.class})
public class MetricasDoAxon {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry registro) {
        return new SemCapacidade(registro);
    }

    static final class SemCapacidade extends GlobalMetricRegistry {

        SemCapacidade(MeterRegistry registro) {
            super(registro);
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(
                String nome, Function<Message<?>, Iterable<Tag>> etiquetas, Function<Message<?>, Iterable<Tag>> etiquetasDoAtraso) {
            return new MultiMessageMonitor<>(
                    MessageTimerMonitor.buildMonitor(nome, getRegistry(), etiquetas),
                    new AtrasoDoProcessador(nome + ".latency", getRegistry(), etiquetasDoAtraso),
                    MessageCountingMonitor.buildMonitor(nome, getRegistry(), etiquetas));
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String nome, Function<Message<?>, Iterable<Tag>> etiquetas) {
            return tempoEContagem(nome, etiquetas);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String nome, Function<Message<?>, Iterable<Tag>> etiquetas) {
            return tempoEContagem(nome, etiquetas);
        }

        @Override
        public MessageMonitor<? extends Message<?>> registerComponentWithDefaultTags(Class<?> tipo, String nome) {
            if (QueryUpdateEmitter.class.isAssignableFrom(tipo)) {
                return tempoEContagem(nome, TagsUtil.PAYLOAD_TYPE_TAGGER_FUNCTION);
            }
            return super.registerComponentWithDefaultTags(tipo, nome);
        }

        private MessageMonitor<Message<?>> tempoEContagem(String nome, Function<Message<?>, Iterable<Tag>> etiquetas) {
            return new MultiMessageMonitor<>(
                    MessageTimerMonitor.buildMonitor(nome, getRegistry(), etiquetas),
                    MessageCountingMonitor.buildMonitor(nome, getRegistry(), etiquetas));
        }
    }

    /**
     * Axon's processor latency — now minus the timestamp of the event being handled, in milliseconds, under the same
     * name and tags — with each gauge registered once. Axon's own monitor registers it again on every event: a registry
     * lookup per event and processor, and Micrometer's "Gauge has been already registered" warning at every start.
     */
    static final class AtrasoDoProcessador implements MessageMonitor<EventMessage<?>> {

        private final String nome;
        private final MeterRegistry registro;
        private final Function<Message<?>, Iterable<Tag>> etiquetas;
        private final ConcurrentMap<Tags, AtomicLong> atrasos = new ConcurrentHashMap<>();

        AtrasoDoProcessador(String nome, MeterRegistry registro, Function<Message<?>, Iterable<Tag>> etiquetas) {
            this.nome = nome;
            this.registro = registro;
            this.etiquetas = etiquetas;
        }

        @Override
        public MonitorCallback onMessageIngested(EventMessage<?> evento) {
            AtomicLong atraso = atrasos.computeIfAbsent(Tags.of(etiquetas.apply(evento)), tags -> {
                AtomicLong valor = new AtomicLong();
                Gauge.builder(nome, valor, AtomicLong::get).tags(tags).register(registro);
                return valor;
            });
            atraso.set(registro.config().clock().wallTime() - evento.getTimestamp().toEpochMilli());
            return NoOpMessageMonitorCallback.INSTANCE;
        }
    }
}
