package br.licenciamento.licenca.query.aovivo;

import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Axon subscription queries as server-sent event streams. Each stream sends the current state first, then every
 * update, on Reactor's elastic threads (never on the projection's thread, so a slow client cannot stall a
 * projection). A comment line goes out every {@code licenciamento.ao-vivo.batimento} so proxies and load balancers
 * do not cut an idle stream, and so a client that went away is noticed (the write fails). After
 * {@code licenciamento.ao-vivo.duracao-maxima} the server ends the stream; {@code EventSource} reconnects by itself
 * and gets the current state again. However a stream ends (client gone, timeout, error, shutdown), its subscription
 * is cancelled.
 */
@Component
class TransmissoesAoVivo implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TransmissoesAoVivo.class);

    private final Duration batimento;
    private final Duration duracaoMaxima;
    private final Duration reconexao;
    private final Set<Transmissao> abertas = ConcurrentHashMap.newKeySet();
    private volatile ScheduledExecutorService agenda;

    TransmissoesAoVivo(ParametrosAoVivo parametros) {
        this.batimento = parametros.batimento();
        this.duracaoMaxima = parametros.duracaoMaxima();
        this.reconexao = parametros.reconexao();
    }

    /**
     * Opens a stream for a subscription whose initial result the caller already read (and checked access to).
     *
     * @param primeiro    the first event: the current state
     * @param atualizacao the event of each update
     */
    <U> SseEmitter abrir(SubscriptionQueryResult<?, U> resultado, SseEmitter.SseEventBuilder primeiro,
                         Function<U, SseEmitter.SseEventBuilder> atualizacao) {
        SseEmitter emissor = new SseEmitter(duracaoMaxima.toMillis());
        Transmissao transmissao = new Transmissao(emissor, resultado);
        emissor.onCompletion(transmissao::encerrar);
        emissor.onError(erro -> transmissao.encerrar());
        emissor.onTimeout(transmissao::fechar);
        abertas.add(transmissao);
        transmissao.enviar(primeiro.reconnectTime(reconexao.toMillis()));
        transmissao.assinatura = resultado.updates()
                .publishOn(Schedulers.boundedElastic())
                .subscribe(u -> transmissao.enviar(atualizacao.apply(u)),
                        erro -> {
                            log.warn("Assinatura ao vivo terminou com erro; o cliente reconecta: {}", erro.toString());
                            transmissao.fechar();
                        },
                        transmissao::fechar);
        if (transmissao.encerrada.get()) {
            // Ended while subscribing (client already gone): the subscription must not outlive it.
            transmissao.assinatura.dispose();
        }
        return emissor;
    }

    @Override
    public void start() {
        ScheduledExecutorService nova = Executors.newSingleThreadScheduledExecutor(tarefa -> {
            Thread thread = new Thread(tarefa, "ao-vivo-batimento");
            thread.setDaemon(true);
            return thread;
        });
        long periodo = batimento.toMillis();
        nova.scheduleAtFixedRate(this::baterCoracao, periodo, periodo, TimeUnit.MILLISECONDS);
        agenda = nova;
    }

    /** Before the web server's graceful shutdown, which would otherwise wait for every open stream. */
    @Override
    public void stop() {
        ScheduledExecutorService atual = agenda;
        agenda = null;
        if (atual != null) {
            atual.shutdownNow();
        }
        List.copyOf(abertas).forEach(Transmissao::fechar);
    }

    @Override
    public boolean isRunning() {
        return agenda != null;
    }

    /** Each on its own elastic thread: a client whose socket is full blocks only its own write. */
    private void baterCoracao() {
        for (Transmissao transmissao : List.copyOf(abertas)) {
            Schedulers.boundedElastic().schedule(transmissao::baterCoracao);
        }
    }

    private final class Transmissao {

        private final SseEmitter emissor;
        private final SubscriptionQueryResult<?, ?> resultado;
        private final AtomicBoolean encerrada = new AtomicBoolean();
        private final ReentrantLock escrita = new ReentrantLock();
        private volatile Disposable assinatura;

        Transmissao(SseEmitter emissor, SubscriptionQueryResult<?, ?> resultado) {
            this.emissor = emissor;
            this.resultado = resultado;
        }

        /** Serialised: updates and heartbeats come from different threads. */
        void enviar(SseEmitter.SseEventBuilder evento) {
            escrita.lock();
            try {
                escrever(evento);
            } finally {
                escrita.unlock();
            }
        }

        /** Skipped while another write is under way: the stream is not idle then, or that write will fail anyway. */
        void baterCoracao() {
            if (escrita.tryLock()) {
                try {
                    escrever(SseEmitter.event().comment("batimento"));
                } finally {
                    escrita.unlock();
                }
            }
        }

        private void escrever(SseEmitter.SseEventBuilder evento) {
            if (encerrada.get()) {
                return;
            }
            try {
                emissor.send(evento);
            } catch (IOException | IllegalStateException clienteSaiu) {
                // The client closed the connection (or the stream already ended): release everything now.
                encerrar();
            }
        }

        /** The stream ended on the client's side or by the container: forget it and cancel the subscription. */
        void encerrar() {
            if (!encerrada.compareAndSet(false, true)) {
                return;
            }
            abertas.remove(this);
            Disposable atual = assinatura;
            if (atual != null) {
                atual.dispose();
            }
            resultado.cancel();
        }

        /** The server ends the stream. */
        void fechar() {
            encerrar();
            try {
                emissor.complete();
            } catch (RuntimeException jaTerminada) {
                // The response was already finished by the container.
            }
        }
    }
}
