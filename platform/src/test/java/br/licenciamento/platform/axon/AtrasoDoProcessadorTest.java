package br.licenciamento.platform.axon;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AtrasoDoProcessadorTest {

    private final MockClock relogio = new MockClock();
    private final SimpleMeterRegistry registro = new SimpleMeterRegistry(SimpleConfig.DEFAULT, relogio);
    private final MetricasDoAxon.AtrasoDoProcessador atraso = new MetricasDoAxon.AtrasoDoProcessador(
            "eventProcessor.latency", registro, mensagem -> List.of(Tag.of("processorName", (String) mensagem.getPayload())));

    @Test
    void oPainelMostraOAtrasoDoUltimoEventoDeCadaProcessadorNumMedidorSo() {
        Instant agora = Instant.ofEpochMilli(relogio.wallTime());

        atraso.onMessageIngested(evento("dossie", agora.minusMillis(900)));
        atraso.onMessageIngested(evento("dossie", agora.minusMillis(250)));
        atraso.onMessageIngested(evento("pesquisa", agora.minusMillis(40)));
        relogio.add(Duration.ofMillis(10));

        assertThat(registro.find("eventProcessor.latency").gauges()).hasSize(2);
        assertThat(registro.get("eventProcessor.latency").tag("processorName", "dossie").gauge().value()).isEqualTo(250);
        assertThat(registro.get("eventProcessor.latency").tag("processorName", "pesquisa").gauge().value()).isEqualTo(40);
    }

    private static GenericEventMessage<String> evento(String processador, Instant instante) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), processador, Map.of(), instante);
    }
}
