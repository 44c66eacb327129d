package br.licenciamento.platform.ops;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads the event store through Axon's own API, so it works on the PostgreSQL store and on Axon Server alike:
 * one aggregate's stream, or the global stream within a time window, filtered by event type.
 */
@RestController
@Validated
@RequestMapping("/api/v1/ops/eventos")
@Tag(name = "Operação")
class ExploradorDeEventosController {

    /** Bounds the work of one request on a large store; the answer says when it stopped early. */
    static final int LIMITE_DE_LEITURA = 20_000;

    private final EventStore eventStore;

    ExploradorDeEventosController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    record Evento(Long posicaoGlobal, String agregado, Long sequencia, String tipo, String eventoId, Instant quando,
                  Map<String, ?> metadados, Object payload) {
    }

    /** The API's page shape; {@code total} is null for the global stream, where counting would read the whole store. */
    record PaginaDeEventos(List<Evento> itens, Long total, int pagina, int tamanho, boolean haMais,
                           boolean leituraInterrompida) {
    }

    @GetMapping
    PaginaDeEventos explorar(@RequestParam(required = false) String agregado,
                             @RequestParam(required = false) String tipo,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant de,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant ate,
                             @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
                             @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
                             @Max(value = 500, message = "{campo.no-maximo-500-por-pagina}") int tamanho) {
        return agregado != null && !agregado.isBlank()
                ? doAgregado(agregado, tipo, de, ate, pagina, tamanho)
                : doStreamGlobal(tipo, de, ate, pagina, tamanho);
    }

    private PaginaDeEventos doAgregado(String agregado, String tipo, Instant de, Instant ate, int pagina, int tamanho) {
        // From sequence 0: the plain readEvents(id) would start at the latest snapshot.
        DomainEventStream stream = eventStore.readEvents(agregado, 0);
        Coleta coleta = new Coleta(pagina, tamanho);
        // An aggregate's stream is short: it is read to the end, so the page knows its total.
        while (stream.hasNext()) {
            DomainEventMessage<?> evento = stream.next();
            if (aceita(evento, tipo, de, ate)) {
                coleta.adicionar(new Evento(null, evento.getAggregateIdentifier(), evento.getSequenceNumber(),
                        evento.getPayloadType().getName(), evento.getIdentifier(), evento.getTimestamp(),
                        evento.getMetaData(), evento.getPayload()));
            }
        }
        return coleta.paginaContada();
    }

    private PaginaDeEventos doStreamGlobal(String tipo, Instant de, Instant ate, int pagina, int tamanho) {
        TrackingToken inicio = de == null ? eventStore.createTailToken() : eventStore.createTokenAt(de);
        Coleta coleta = new Coleta(pagina, tamanho);
        int lidos = 0;
        boolean haMais = false;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(inicio)) {
            while (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                TrackedEventMessage<?> evento = stream.nextAvailable();
                if (ate != null && evento.getTimestamp().isAfter(ate)) {
                    break;
                }
                if (coleta.cheia()) {
                    haMais = true;
                    break;
                }
                if (++lidos > LIMITE_DE_LEITURA) {
                    return coleta.pagina(true, true);
                }
                if (aceita(evento, tipo, de, ate)) {
                    coleta.adicionar(global(evento));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return coleta.pagina(haMais, false);
    }

    private static Evento global(TrackedEventMessage<?> evento) {
        TrackingToken token = evento.trackingToken();
        Long posicao = token != null && token.position().isPresent() ? token.position().getAsLong() : null;
        String agregado = evento instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : null;
        Long sequencia = evento instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : null;
        return new Evento(posicao, agregado, sequencia, evento.getPayloadType().getName(), evento.getIdentifier(),
                evento.getTimestamp(), evento.getMetaData(), evento.getPayload());
    }

    private static boolean aceita(EventMessage<?> evento, String tipo, Instant de, Instant ate) {
        if (tipo != null && !tipo.isBlank()) {
            String nome = evento.getPayloadType().getName();
            if (!nome.equals(tipo) && !evento.getPayloadType().getSimpleName().equals(tipo)) {
                return false;
            }
        }
        return (de == null || !evento.getTimestamp().isBefore(de)) && (ate == null || !evento.getTimestamp().isAfter(ate));
    }

    /** Skips the earlier pages and keeps one page of matches. */
    private static final class Coleta {
        private final int pular;
        private final int tamanho;
        private final int pagina;
        private final List<Evento> itens = new ArrayList<>();
        private int vistos;

        Coleta(int pagina, int tamanho) {
            this.pagina = pagina;
            this.tamanho = tamanho;
            this.pular = pagina * tamanho;
        }

        void adicionar(Evento evento) {
            if (vistos++ >= pular && !cheia()) {
                itens.add(evento);
            }
        }

        boolean cheia() {
            return itens.size() >= tamanho;
        }

        PaginaDeEventos pagina(boolean haMais, boolean interrompida) {
            return new PaginaDeEventos(itens, null, pagina, tamanho, haMais, interrompida);
        }

        PaginaDeEventos paginaContada() {
            return new PaginaDeEventos(itens, (long) vistos, pagina, tamanho, vistos > pular + itens.size(), false);
        }
    }
}
