package br.licenciamento.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fills the event store to a given size fast, with history that looks like the real thing: copies of whole
 * families of real events written by this run's command mix (a granted process with its documents and its
 * licence, every event of those aggregates), each copy with new identifiers. Every UUID in a copied payload
 * gets the copy's prefix ({@code c<n>-}), and so does every aggregate id, so the references between process,
 * documents and licence stay consistent inside a copy; event ids are new; serialized form, types, revisions,
 * metadata and order are those the platform wrote. Inserted by SQL in batches, two connections at a time.
 *
 * <p>The copies are history that already happened: while they are inserted every streaming processor is stopped,
 * and afterwards its token is moved past them (sagas must not start for it, and the growth runs measure a store
 * that holds the events, not a backlog). The replay step then rebuilds the projections from all of it.
 */
final class EventosEmMassa {

    private static final String UUID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
    private static final long EVENTOS_POR_LOTE = 50_000;

    private final String jdbcUrl;
    private final Processadores processadores;
    private long eventosPorCopia;
    private long proximaCopia = 1;

    EventosEmMassa(String jdbcUrl, Processadores processadores) {
        this.jdbcUrl = jdbcUrl;
        this.processadores = processadores;
    }

    long totalDeEventos() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM axon.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Describes the model the copies are made of, for the table. */
    String modelo() {
        return eventosPorCopia == 0 ? "sem modelo" : "copias de familias reais, %d eventos por copia".formatted(eventosPorCopia);
    }

    /**
     * Brings the store up to {@code alvo} events; answers how many were inserted and how long it took. Waits
     * first until every processor has handled the real events, so moving the tokens skips only the copies.
     */
    record Insercao(long eventos, double segundos) {
    }

    Insercao completarAte(long alvo) throws Exception {
        long faltam = alvo - totalDeEventos();
        if (faltam <= 0) {
            return new Insercao(0, 0);
        }
        if (eventosPorCopia == 0) {
            escolherModelo();
        }
        processadores.esperarEmDia(java.time.Duration.ofMinutes(30));
        List<String> streaming = processadores.streaming();
        for (String nome : streaming) {
            processadores.parar(nome);
        }
        long inicio = System.nanoTime();
        long copias = (faltam + eventosPorCopia - 1) / eventosPorCopia;
        long copiasPorLote = Math.max(1, EVENTOS_POR_LOTE / eventosPorCopia);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> lotes = new ArrayList<>();
            for (long feitas = 0; feitas < copias; feitas += copiasPorLote) {
                long primeira = proximaCopia + feitas;
                long ultima = proximaCopia + Math.min(copias, feitas + copiasPorLote) - 1;
                lotes.add(executor.submit(() -> {
                    inserirCopias(primeira, ultima);
                    return null;
                }));
            }
            for (Future<?> lote : lotes) {
                lote.get();
            }
        } finally {
            executor.shutdown();
        }
        proximaCopia += copias;
        double segundos = (System.nanoTime() - inicio) / 1e9;
        saltarParaOFim(streaming);
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.createStatement().execute("VACUUM ANALYZE axon.domain_event_entry");
        }
        return new Insercao(copias * eventosPorCopia, segundos);
    }

    /** Up to 40 granted processes of this run, each with every event of its documents and licence. */
    private void escolherModelo() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS public.bench_modelo");
            s.execute("""
                    CREATE TABLE public.bench_modelo AS
                    WITH processos AS (
                        SELECT aggregate_identifier AS id FROM axon.domain_event_entry
                        WHERE payload_type = 'br.licenciamento.api.processo.ProcessoDeferido'
                        ORDER BY global_index LIMIT 40),
                    familia AS (
                        SELECT DISTINCT e.aggregate_identifier FROM axon.domain_event_entry e JOIN processos p
                          ON e.aggregate_identifier = p.id OR position(p.id IN convert_from(e.payload, 'UTF8')) > 0)
                    SELECT e.global_index, e.aggregate_identifier, e.sequence_number, e.type, e.meta_data,
                           convert_from(e.payload, 'UTF8') AS payload, e.payload_revision, e.payload_type, e.time_stamp
                    FROM axon.domain_event_entry e
                    WHERE e.aggregate_identifier IN (SELECT aggregate_identifier FROM familia)""");
            try (ResultSet rs = s.executeQuery("SELECT count(*), count(DISTINCT aggregate_identifier) FROM public.bench_modelo")) {
                rs.next();
                eventosPorCopia = rs.getLong(1);
                if (eventosPorCopia == 0) {
                    throw new IllegalStateException("Nenhum processo deferido nesta execucao para servir de modelo");
                }
            }
            // Every aggregate id must be a UUID, or a copy would keep the original id and collide with it.
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM public.bench_modelo WHERE aggregate_identifier !~ '^" + UUID + "$'")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("O modelo tem agregados cujo id nao e um UUID");
                }
            }
        }
    }

    private void inserirCopias(long primeira, long ultima) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement insert = c.prepareStatement("""
                     INSERT INTO axon.domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                         meta_data, payload, payload_revision, payload_type, time_stamp)
                     SELECT 'c' || n || '-' || m.aggregate_identifier, m.sequence_number, m.type, gen_random_uuid()::text,
                            m.meta_data, convert_to(regexp_replace(m.payload, ?, 'c' || n || '-\\1', 'g'), 'UTF8'),
                            m.payload_revision, m.payload_type, m.time_stamp
                     FROM generate_series(?::bigint, ?::bigint) AS n CROSS JOIN public.bench_modelo m
                     ORDER BY n, m.global_index""")) {
            insert.setString(1, UUID);
            insert.setLong(2, primeira);
            insert.setLong(3, ultima);
            insert.executeUpdate();
        }
    }

    /**
     * Marks everything stored as handled by these processors (stopped, then restarted): a gap-aware token at
     * the newest event, with no gaps, for every segment. Also ends a replay that outlasted its time limit.
     */
    void saltarParaOFim(List<String> nomes) throws Exception {
        for (String nome : nomes) {
            processadores.parar(nome);
        }
        moverTokensParaOFim(nomes);
        for (String nome : nomes) {
            processadores.iniciar(nome);
        }
    }

    private void moverTokensParaOFim(List<String> nomes) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            long fim;
            try (ResultSet rs = c.createStatement().executeQuery("SELECT max(global_index) FROM axon.domain_event_entry")) {
                rs.next();
                fim = rs.getLong(1);
            }
            try (PreparedStatement update = c.prepareStatement("""
                    UPDATE axon.token_entry SET token = convert_to(?, 'UTF8'),
                        token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = NULL
                    WHERE processor_name = ?""")) {
                for (String nome : nomes) {
                    update.setString(1, "{\"index\":" + fim + ",\"gaps\":[]}");
                    update.setString(2, nome);
                    update.executeUpdate();
                }
            }
        }
    }
}
