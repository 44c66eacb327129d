package br.licenciamento.platform.ops;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.platform.axon.AtrasoEmEventos;
import br.licenciamento.platform.projecao.VersoesDasProjecoes;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import static br.licenciamento.platform.textos.Textos.MENSAGENS;

/** Event processors as an operator sees them: position against the head, lag, replay progress, errors. */
@RestController
@RequestMapping("/api/v1/ops/processadores")
@Tag(name = "Operação", description = "Processadores de eventos, replay, filas de mensagens mortas, explorador de "
        + "eventos e relógio da plataforma")
class ProcessadoresController {

    private final EventProcessingConfiguration processamento;
    private final EventStore eventStore;
    private final Clock relogio;
    private final ObjectProvider<VersoesDasProjecoes> versoes;

    ProcessadoresController(EventProcessingConfiguration processamento, EventStore eventStore, Clock relogio,
                            ObjectProvider<VersoesDasProjecoes> versoes) {
        this.processamento = processamento;
        this.eventStore = eventStore;
        this.relogio = relogio;
        this.versoes = versoes;
    }

    record Segmento(int id, Long posicao, boolean emDia, boolean emReplay, String erro) {
    }

    /**
     * {@code admiteReplay} is false for sagas and for handlers that forbid it: they only react to live events.
     * {@code versaoDaProjecao} is the read-model version its code declares ({@code @VersaoDaProjecao}), if any.
     */
    record Processador(String nome, String modo, boolean executando, boolean comErro, long posicaoDoFim,
                       long atrasoEmEventos, Long atrasoEmMilissegundos, boolean emReplay, Integer progressoDoReplay,
                       boolean admiteReplay, Integer versaoDaProjecao, List<Segmento> segmentos) {
    }

    /** Where a replay starts: from the beginning of the stream, or from an instant. */
    record PedidoDeReplay(Instant desde) {
    }

    @GetMapping
    List<Processador> listar() {
        long fim = posicao(eventStore.createHeadToken());
        return processamento.eventProcessors().values().stream()
                .sorted(Comparator.comparing(EventProcessor::getName))
                .map(p -> descrever(p, fim))
                .toList();
    }

    @GetMapping("/{nome}")
    Processador detalhar(@PathVariable String nome) {
        return descrever(processador(nome), posicao(eventStore.createHeadToken()));
    }

    @PostMapping("/{nome}/iniciar")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Processador iniciar(@PathVariable String nome) {
        EventProcessor processador = processador(nome);
        processador.start();
        return descrever(processador, posicao(eventStore.createHeadToken()));
    }

    @PostMapping("/{nome}/parar")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Processador parar(@PathVariable String nome) {
        EventProcessor processador = processador(nome);
        processador.shutdownAsync().orTimeout(30, TimeUnit.SECONDS).join();
        return descrever(processador, posicao(eventStore.createHeadToken()));
    }

    /**
     * The way to let replicas share a processor whose tokens were stored with fewer segments than configured now (the
     * configured count only applies to a processor that has no tokens yet).
     */
    @PostMapping("/{nome}/segmentos/{segmento}/divisao")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Processador dividir(@PathVariable String nome, @PathVariable int segmento) {
        if (!(processador(nome) instanceof StreamingEventProcessor streaming)) {
            throw new RegraVioladaException(MENSAGENS, "divisao-nao-suportada", nome);
        }
        if (!streaming.processingStatus().containsKey(segmento)
                || !streaming.splitSegment(segmento).orTimeout(30, TimeUnit.SECONDS).join()) {
            throw new RegraVioladaException(MENSAGENS, "segmento-de-outra-instancia", segmento, nome);
        }
        return descrever(streaming, posicao(eventStore.createHeadToken()));
    }

    @PostMapping("/{nome}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Processador replay(@PathVariable String nome, @RequestBody(required = false) PedidoDeReplay pedido) {
        if (!(processador(nome) instanceof StreamingEventProcessor streaming)) {
            throw new RegraVioladaException(MENSAGENS, "replay-nao-suportado.stream", nome);
        }
        if (!streaming.supportsReset()) {
            throw new RegraVioladaException(MENSAGENS, "replay-nao-suportado", nome);
        }
        Instant desde = pedido != null ? pedido.desde() : null;
        streaming.shutdownAsync().orTimeout(30, TimeUnit.SECONDS).join();
        streaming.resetTokens(fonte -> desde == null ? fonte.createTailToken() : fonte.createTokenAt(desde));
        streaming.start();
        return descrever(streaming, posicao(eventStore.createHeadToken()));
    }

    private EventProcessor processador(String nome) {
        return processamento.eventProcessor(nome)
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.processador", nome)));
    }

    private Processador descrever(EventProcessor processador, long fim) {
        if (!(processador instanceof StreamingEventProcessor streaming)) {
            return new Processador(processador.getName(), "subscribing", processador.isRunning(), processador.isError(),
                    fim, 0, null, false, null, false, versao(processador), List.of());
        }
        List<EventTrackerStatus> status = streaming.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(s -> s.getSegment().getSegmentId()))
                .toList();
        List<Segmento> segmentos = status.stream().map(s -> new Segmento(
                s.getSegment().getSegmentId(),
                valor(s.getCurrentPosition()),
                AtrasoEmEventos.de(List.of(s), fim) == 0,
                s.isReplaying(),
                s.getError() != null ? s.getError().toString() : null)).toList();
        TrackingToken maisAtrasado = status.stream()
                .map(EventTrackerStatus::getTrackingToken)
                .filter(t -> t != null)
                .min(Comparator.comparingLong(ProcessadoresController::posicao))
                .orElse(null);
        long atraso = AtrasoEmEventos.de(status, fim);
        // Axon keeps a segment "replaying" until a newer event passes the reset point; for an operator the
        // replay is over once the segment has caught up with the stream.
        boolean emReplay = status.stream().anyMatch(s -> s.isReplaying() && !s.isCaughtUp());
        return new Processador(processador.getName(), modo(processador), processador.isRunning(), processador.isError(),
                fim, atraso, atraso == 0 ? Long.valueOf(0) : atrasoEmTempo(maisAtrasado), emReplay,
                emReplay ? progresso(status) : null, streaming.supportsReset(), versao(processador), segmentos);
    }

    private Integer versao(EventProcessor processador) {
        VersoesDasProjecoes declaradas = versoes.getIfAvailable();
        return declaradas == null ? null : declaradas.declaradas().get(processador.getName());
    }

    /** Age of the oldest event the processor has not handled yet. */
    private Long atrasoEmTempo(TrackingToken token) {
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(token)) {
            if (stream.hasNextAvailable(200, TimeUnit.MILLISECONDS)) {
                return Math.max(0, Duration.between(stream.nextAvailable().getTimestamp(), relogio.instant()).toMillis());
            }
            return 0L;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static Integer progresso(List<EventTrackerStatus> status) {
        long atual = status.stream().mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
        long alvo = status.stream().mapToLong(s -> s.getResetPosition().orElse(0)).max().orElse(0);
        return alvo <= 0 ? 100 : (int) Math.min(100, atual * 100 / alvo);
    }

    private static String modo(EventProcessor processador) {
        if (processador instanceof PooledStreamingEventProcessor) {
            return "pooled";
        }
        return processador instanceof TrackingEventProcessor ? "tracking" : "streaming";
    }

    private static long posicao(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    private static Long valor(OptionalLong valor) {
        return valor.isPresent() ? valor.getAsLong() : null;
    }
}
