package br.licenciamento.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Drives commands over HTTP: closed loop (N clients back to back) to find the saturation point, and open loop
 * (a fixed rate, latency counted from the scheduled send time) to measure latency at a given load.
 */
final class ClienteDeCarga {

    private final String jdbcUrl;

    /** {@code jdbcUrl}: the database of the event store, to count the events written; null where there is none. */
    ClienteDeCarga(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** What one run measured: every command's latency (by step), refusals, and the events the store gained. */
    record Medida(int clientes, long comandos, long erros, double segundos, long[] latenciasNanos,
                  Map<Mistura.Etapa, long[]> porEtapa, Map<String, Long> falhas, long eventosGravados) {

        double porSegundo() {
            return comandos / segundos;
        }

        double eventosGravadosPorSegundo() {
            return eventosGravados / segundos;
        }

        double percentil(double p) {
            return ClienteDeCarga.percentil(latenciasNanos, p);
        }

        double p99() {
            return percentil(0.99);
        }

        String resumo() {
            return "%.0f comandos/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, erros %d"
                    .formatted(porSegundo(), percentil(0.5), percentil(0.95), percentil(0.99), erros);
        }

        String falhasResumidas() {
            StringBuilder s = new StringBuilder();
            falhas.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .forEach(f -> s.append(s.isEmpty() ? "" : "; ").append(f.getValue()).append("x ").append(f.getKey()));
            return s.toString();
        }
    }

    static double percentil(long[] ordenadas, double p) {
        if (ordenadas.length == 0) {
            return Double.NaN;
        }
        int indice = (int) Math.min(ordenadas.length - 1, Math.ceil(p * ordenadas.length) - 1);
        return ordenadas[Math.max(0, indice)] / 1e6;
    }

    /** Samples of one thread: latency and step of each command, kept apart so no thread contends for a list. */
    private static final class Amostras {
        long[] nanos = new long[1 << 14];
        byte[] etapas = new byte[1 << 14];
        int n;

        void add(Mistura.Resultado r, long nanos) {
            if (n == this.nanos.length) {
                this.nanos = Arrays.copyOf(this.nanos, n * 2);
                etapas = Arrays.copyOf(etapas, n * 2);
            }
            this.nanos[n] = nanos;
            etapas[n++] = (byte) r.etapa().ordinal();
        }
    }

    Medida fechada(int clientes, Duration duracao, Supplier<Mistura.Resultado> comando) throws Exception {
        long eventosAntes = ultimoEvento();
        ConcurrentLinkedQueue<Amostras> partes = new ConcurrentLinkedQueue<>();
        Map<String, Long> falhas = new ConcurrentHashMap<>();
        AtomicLong erros = new AtomicLong();
        long fim = System.nanoTime() + duracao.toNanos();
        ExecutorService executor = Executors.newFixedThreadPool(clientes);
        CountDownLatch pronto = new CountDownLatch(clientes);
        long inicio = System.nanoTime();
        for (int c = 0; c < clientes; c++) {
            executor.submit(() -> {
                Amostras minhas = new Amostras();
                try {
                    while (System.nanoTime() < fim) {
                        Mistura.Resultado r = comando.get();
                        if (r.aceito()) {
                            minhas.add(r, r.nanos());
                        } else {
                            erros.incrementAndGet();
                            falhas.merge(String.valueOf(r.falha()), 1L, Long::sum);
                        }
                    }
                } finally {
                    partes.add(minhas);
                    pronto.countDown();
                }
                return null;
            });
        }
        pronto.await();
        double segundos = (System.nanoTime() - inicio) / 1e9;
        executor.shutdown();
        return medida(clientes, partes, erros.get(), falhas, segundos, eventosDesde(eventosAntes));
    }

    /** Sends at a fixed rate; a late send counts its wait, so overload shows in the percentiles. */
    Medida aberta(double porSegundo, Duration duracao, Supplier<Mistura.Resultado> comando) throws Exception {
        long eventosAntes = ultimoEvento();
        long intervalo = (long) (1e9 / porSegundo);
        long total = Math.max(1, (long) (porSegundo * duracao.toSeconds()));
        ConcurrentLinkedQueue<Amostras> partes = new ConcurrentLinkedQueue<>();
        Map<String, Long> falhas = new ConcurrentHashMap<>();
        AtomicLong erros = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(256);
        ThreadLocal<Amostras> daThread = ThreadLocal.withInitial(() -> {
            Amostras a = new Amostras();
            partes.add(a);
            return a;
        });
        CountDownLatch fim = new CountDownLatch((int) total);
        long inicio = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long agendado = inicio + i * intervalo;
            long espera = agendado - System.nanoTime();
            if (espera > 0) {
                TimeUnit.NANOSECONDS.sleep(espera);
            }
            executor.submit(() -> {
                try {
                    Mistura.Resultado r = comando.get();
                    if (r.aceito()) {
                        daThread.get().add(r, System.nanoTime() - agendado);
                    } else {
                        erros.incrementAndGet();
                        falhas.merge(String.valueOf(r.falha()), 1L, Long::sum);
                    }
                } finally {
                    fim.countDown();
                }
            });
        }
        fim.await(duracao.toSeconds() + 120, TimeUnit.SECONDS);
        double segundos = (System.nanoTime() - inicio) / 1e9;
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
        return medida(0, partes, erros.get(), falhas, segundos, eventosDesde(eventosAntes));
    }

    /**
     * Position of the newest stored event (the primary key's index answers it at once, whatever the store size); 0 with
     * no event store in PostgreSQL to count in (the service mode: the events are in Axon Server).
     */
    long ultimoEvento() throws Exception {
        if (jdbcUrl == null) {
            return 0;
        }
        try (Connection conexao = DriverManager.getConnection(jdbcUrl);
             ResultSet rs = conexao.createStatement().executeQuery("SELECT coalesce(max(global_index), 0) FROM axon.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long eventosDesde(long posicao) throws Exception {
        if (jdbcUrl == null) {
            return 0;
        }
        try (Connection conexao = DriverManager.getConnection(jdbcUrl);
             ResultSet rs = conexao.createStatement().executeQuery(
                     "SELECT count(*) FROM axon.domain_event_entry WHERE global_index > " + posicao)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Medida medida(int clientes, ConcurrentLinkedQueue<Amostras> partes, long erros, Map<String, Long> falhas,
                                 double segundos, long eventos) {
        int total = partes.stream().mapToInt(a -> a.n).sum();
        long[] todas = new long[total];
        Map<Mistura.Etapa, List<Long>> porEtapa = new EnumMap<>(Mistura.Etapa.class);
        int i = 0;
        for (Amostras a : partes) {
            for (int k = 0; k < a.n; k++) {
                todas[i++] = a.nanos[k];
                porEtapa.computeIfAbsent(Mistura.Etapa.values()[a.etapas[k]], e -> new ArrayList<>()).add(a.nanos[k]);
            }
        }
        Arrays.sort(todas);
        Map<Mistura.Etapa, long[]> ordenadas = new EnumMap<>(Mistura.Etapa.class);
        porEtapa.forEach((etapa, lista) -> ordenadas.put(etapa, lista.stream().mapToLong(Long::longValue).sorted().toArray()));
        return new Medida(clientes, total, erros, segundos, todas, ordenadas, Map.copyOf(falhas), eventos);
    }
}
