package br.licenciamento.platform.saude;

import br.licenciamento.platform.axon.AtrasoEmEventos;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Event processors in the health report: DOWN when one is in error or stopped, and when one has events to
 * handle but its position has not moved for the configured time (stuck). Projections that fall behind are
 * the first thing an operator needs to see.
 */
public class ProcessadoresHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processamento;
    private final EventStore eventStore;
    private final Clock relogio;
    private final Duration paradoApos;
    private final Map<String, Progresso> ultimoProgresso = new ConcurrentHashMap<>();

    private record Progresso(long posicao, Instant desde) {
    }

    public ProcessadoresHealthIndicator(EventProcessingConfiguration processamento, EventStore eventStore, Clock relogio,
                                        Duration paradoApos) {
        super("Falha ao verificar os processadores de eventos");
        this.processamento = processamento;
        this.eventStore = eventStore;
        this.relogio = relogio;
        this.paradoApos = paradoApos;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        TrackingToken cabeca = eventStore.createHeadToken();
        long fim = cabeca == null ? -1 : cabeca.position().orElse(-1);
        Status geral = Status.UP;
        Map<String, Object> detalhes = new LinkedHashMap<>();
        for (EventProcessor processador : processamento.eventProcessors().values()) {
            String situacao = situacao(processador, fim);
            detalhes.put(processador.getName(), situacao);
            if (!situacao.startsWith("em dia") && !situacao.startsWith("processando")) {
                geral = Status.DOWN;
            }
        }
        builder.status(geral).withDetails(detalhes);
    }

    private String situacao(EventProcessor processador, long fim) {
        if (processador.isError()) {
            return "com erro";
        }
        if (!processador.isRunning()) {
            return "parado";
        }
        if (!(processador instanceof StreamingEventProcessor streaming)) {
            return "em dia";
        }
        Collection<EventTrackerStatus> segmentos = streaming.processingStatus().values();
        if (segmentos.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return "com erro";
        }
        long atraso = AtrasoEmEventos.de(segmentos, fim);
        if (atraso == 0) {
            ultimoProgresso.remove(processador.getName());
            return "em dia";
        }
        long posicao = AtrasoEmEventos.posicaoMaisAtrasada(segmentos);
        Instant agora = relogio.instant();
        Progresso anterior = ultimoProgresso.compute(processador.getName(),
                (nome, p) -> p == null || p.posicao() != posicao ? new Progresso(posicao, agora) : p);
        if (Duration.between(anterior.desde(), agora).compareTo(paradoApos) > 0) {
            return "travado: " + atraso + " evento(s) sem progresso desde " + anterior.desde();
        }
        return "processando: " + atraso + " evento(s) de atraso";
    }
}
