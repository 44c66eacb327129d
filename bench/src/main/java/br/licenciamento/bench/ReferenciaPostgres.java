package br.licenciamento.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The database's own limit on this machine: single-row insert-and-commit transactions of an event-sized row,
 * on the same PostgreSQL server with the same durability settings, from as many connections as clients.
 */
final class ReferenciaPostgres {

    private final String jdbcUrl;

    ReferenciaPostgres(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    double insertsPorSegundo(int conexoes, Duration duracao) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.createStatement().execute("DROP TABLE IF EXISTS public.bench_referencia");
            c.createStatement().execute("CREATE TABLE public.bench_referencia (id BIGSERIAL PRIMARY KEY, payload BYTEA NOT NULL)");
        }
        byte[] payload = new byte[600];
        ThreadLocalRandom.current().nextBytes(payload);
        long fim = System.nanoTime() + duracao.toNanos();
        ExecutorService executor = Executors.newFixedThreadPool(conexoes);
        List<Future<Long>> feitos = new ArrayList<>();
        long inicio = System.nanoTime();
        for (int i = 0; i < conexoes; i++) {
            feitos.add(executor.submit(() -> {
                long n = 0;
                try (Connection c = DriverManager.getConnection(jdbcUrl);
                     PreparedStatement insert = c.prepareStatement("INSERT INTO public.bench_referencia (payload) VALUES (?)")) {
                    c.setAutoCommit(true);
                    while (System.nanoTime() < fim) {
                        insert.setBytes(1, payload);
                        insert.executeUpdate();
                        n++;
                    }
                }
                return n;
            }));
        }
        long total = 0;
        for (Future<Long> f : feitos) {
            total += f.get();
        }
        double segundos = (System.nanoTime() - inicio) / 1e9;
        executor.shutdown();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.createStatement().execute("DROP TABLE public.bench_referencia");
        }
        return total / segundos;
    }
}
