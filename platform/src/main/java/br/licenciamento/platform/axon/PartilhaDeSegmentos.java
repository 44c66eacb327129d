package br.licenciamento.platform.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Replicas of a service share the segments of its tracking processors. Axon lets the first instance claim every
 * segment it has threads for; nothing hands any to a replica that starts later. So each instance says, per processor,
 * that it is alive ({@code axon.instancia_de_processador}, in the database the replicas share with their tokens), and
 * one that holds more than its share (segments divided by live instances, rounded up) releases the extra ones for a
 * while, so an instance with spare threads claims them. An instance that dies stops saying so: once its claims expire
 * the survivors, which run a thread per segment, take its segments over.
 */
public class PartilhaDeSegmentos implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PartilhaDeSegmentos.class);

    private final EventProcessingConfiguration processamento;
    private final TokenStore tokens;
    private final TransactionManager transacoes;
    private final JdbcClient jdbc;
    private final Duration intervalo;
    private final String instancia = ManagementFactory.getRuntimeMXBean().getName();
    private ScheduledExecutorService agenda;

    public PartilhaDeSegmentos(EventProcessingConfiguration processamento, TokenStore tokens, TransactionManager transacoes,
                               JdbcClient jdbc, Duration intervalo) {
        this.processamento = processamento;
        this.tokens = tokens;
        this.transacoes = transacoes;
        this.jdbc = jdbc;
        this.intervalo = intervalo;
    }

    @Override
    public void start() {
        agenda = Executors.newSingleThreadScheduledExecutor(tarefa -> {
            Thread thread = new Thread(tarefa, "partilha-de-segmentos");
            thread.setDaemon(true);
            return thread;
        });
        agenda.scheduleWithFixedDelay(this::partilhar, intervalo.toMillis(), intervalo.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        agenda.shutdownNow();
        // A clean stop says goodbye at once, so the others take the whole share without waiting for the silence.
        try {
            jdbc.sql("DELETE FROM axon.instancia_de_processador WHERE instancia = :instancia").param("instancia", instancia).update();
        } catch (RuntimeException e) {
            log.debug("Sem despedida da instância {}: {}", instancia, e.toString());
        }
    }

    @Override
    public boolean isRunning() {
        return agenda != null && !agenda.isShutdown();
    }

    void partilhar() {
        for (TrackingEventProcessor processador : processamento.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance).map(TrackingEventProcessor.class::cast)
                // One thread cannot share: nothing to announce (the one-process default).
                .filter(p -> p.isRunning() && p.maxCapacity() > 1).toList()) {
            try {
                partilhar(processador);
            } catch (RuntimeException e) {
                // The next round tries again; a database that is away is reported by the health check.
                log.debug("Partilha de {} adiada: {}", processador.getName(), e.toString());
            }
        }
    }

    private void partilhar(TrackingEventProcessor processador) {
        String nome = processador.getName();
        jdbc.sql("""
                        INSERT INTO axon.instancia_de_processador (processador, instancia, visto_em) VALUES (:nome, :instancia, now())
                        ON CONFLICT (processador, instancia) DO UPDATE SET visto_em = now()""")
                .param("nome", nome).param("instancia", instancia).update();
        long vivas = jdbc.sql("""
                        SELECT count(*) FROM axon.instancia_de_processador
                        WHERE processador = :nome AND visto_em > now() - make_interval(secs => :silencio)""")
                .param("nome", nome).param("silencio", intervalo.multipliedBy(3).toMillis() / 1000.0)
                .query(Long.class).single();
        int segmentos = transacoes.fetchInTransaction(() -> tokens.fetchSegments(nome)).length;
        List<Integer> meus = processador.processingStatus().keySet().stream().sorted(Comparator.reverseOrder()).toList();
        long parte = (segmentos + Math.max(1, vivas) - 1) / Math.max(1, vivas);
        for (int i = 0; i < meus.size() - parte; i++) {
            log.info("Processador {}: liberando o segmento {} para outra instância ({} segmentos, {} instâncias)",
                    nome, meus.get(i), segmentos, vivas);
            // Long enough for a replica with a spare thread to claim it (it tries every few seconds).
            processador.releaseSegment(meus.get(i), intervalo.multipliedBy(4).toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
