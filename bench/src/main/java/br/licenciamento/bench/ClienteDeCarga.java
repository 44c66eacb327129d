package br.licenciamento.bench;

import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the command API over HTTP: closed loop (N clients back to back) to find the saturation point, and
 * open loop (a fixed rate, latency counted from the scheduled send time) to measure latency at a given load.
 */
final class ClienteDeCarga {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String jdbcUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> requerentes = new ArrayList<>();
    private String token;

    ClienteDeCarga(String base, String jdbcUrl) {
        this.base = base;
        this.jdbcUrl = jdbcUrl;
    }

    record Medida(int clientes, long comandos, long erros, double segundos, long[] latenciasNanos, long eventosGravados) {

        double porSegundo() {
            return comandos / segundos;
        }

        double eventosGravadosPorSegundo() {
            return eventosGravados / segundos;
        }

        double percentil(double p) {
            if (latenciasNanos.length == 0) {
                return Double.NaN;
            }
            int indice = (int) Math.min(latenciasNanos.length - 1, Math.ceil(p * latenciasNanos.length) - 1);
            return latenciasNanos[Math.max(0, indice)] / 1e6;
        }

        double p99() {
            return percentil(0.99);
        }

        String resumo() {
            return "%.0f comandos/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, erros %d"
                    .formatted(porSegundo(), percentil(0.5), percentil(0.95), percentil(0.99), erros);
        }
    }

    String descricaoDaMistura() {
        return "protocolo de pedidos de licenca por requerentes cadastrados";
    }

    /** Registers the applicants the commands are filed for, then runs a short load so the JIT settles. */
    void aquecer(Duration duracao) throws Exception {
        token = Login.token(base, "requerente", "demo-requerente");
        for (int i = 0; i < 64; i++) {
            HttpResponse<String> resposta = enviar(json("/api/v1/pessoas", """
                    {"tipo":"FISICA","documento":"%s","nome":"Requerente %d","email":"r%d@exemplo.com.br",
                     "endereco":{"logradouro":"Rua A","numero":"1","municipioIbge":"3106200","cep":"30160-011"}}"""
                    .formatted(Cpf.gerar(), i, i)));
            if (resposta.statusCode() != 201) {
                throw new IllegalStateException("Cadastro de requerente recusado: " + resposta.statusCode() + " " + resposta.body());
            }
            requerentes.add(JSON.readTree(resposta.body()).get("pessoaId").asString());
        }
        fechada(8, duracao);
    }

    Medida fechada(int clientes, Duration duracao) throws Exception {
        long eventosAntes = eventosGravados();
        ConcurrentLinkedQueue<long[]> latencias = new ConcurrentLinkedQueue<>();
        AtomicLong erros = new AtomicLong();
        long fim = System.nanoTime() + duracao.toNanos();
        ExecutorService executor = Executors.newFixedThreadPool(clientes);
        CountDownLatch pronto = new CountDownLatch(clientes);
        long inicio = System.nanoTime();
        for (int c = 0; c < clientes; c++) {
            executor.submit(() -> {
                long[] minhas = new long[1 << 16];
                int n = 0;
                try {
                    while (System.nanoTime() < fim) {
                        long t0 = System.nanoTime();
                        if (!comandoDaMistura()) {
                            erros.incrementAndGet();
                        }
                        if (n == minhas.length) {
                            minhas = Arrays.copyOf(minhas, n * 2);
                        }
                        minhas[n++] = System.nanoTime() - t0;
                    }
                } finally {
                    latencias.add(Arrays.copyOf(minhas, n));
                    pronto.countDown();
                }
                return null;
            });
        }
        pronto.await();
        double segundos = (System.nanoTime() - inicio) / 1e9;
        executor.shutdown();
        return medida(clientes, latencias, erros.get(), segundos, eventosGravados() - eventosAntes);
    }

    /** Sends at a fixed rate; a late send counts its wait, so overload shows in the percentiles. */
    Medida aberta(double porSegundo, Duration duracao) throws Exception {
        long eventosAntes = eventosGravados();
        long intervalo = (long) (1e9 / porSegundo);
        long total = (long) (porSegundo * duracao.toSeconds());
        ConcurrentLinkedQueue<long[]> latencias = new ConcurrentLinkedQueue<>();
        AtomicLong erros = new AtomicLong();
        ExecutorService executor = Executors.newFixedThreadPool(256);
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
                    if (!comandoDaMistura()) {
                        erros.incrementAndGet();
                    }
                    latencias.add(new long[]{System.nanoTime() - agendado});
                } finally {
                    fim.countDown();
                }
            });
        }
        fim.await(duracao.toSeconds() + 60, TimeUnit.SECONDS);
        double segundos = (System.nanoTime() - inicio) / 1e9;
        executor.shutdownNow();
        return medida(0, latencias, erros.get(), segundos, eventosGravados() - eventosAntes);
    }

    /** One command of the mix; false when the platform refused or failed it. */
    boolean comandoDaMistura() {
        return protocolar() != null;
    }

    /** Files a request and returns its id, or null if it was not accepted. */
    String protocolar() {
        String requerente = requerentes.get(ThreadLocalRandom.current().nextInt(requerentes.size()));
        try {
            HttpResponse<String> resposta = enviar(json("/api/v1/processos", """
                    {"requerenteId":"%s","empreendimento":"Empreendimento %d","cnae":"2342-7/02",
                     "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(requerente, ThreadLocalRandom.current().nextInt())));
            return resposta.statusCode() == 201 ? JSON.readTree(resposta.body()).get("processoId").asString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    HttpResponse<String> get(String caminho) throws Exception {
        return enviar(HttpRequest.newBuilder(URI.create(base + caminho)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpRequest json(String caminho, String corpo) {
        return HttpRequest.newBuilder(URI.create(base + caminho)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(corpo)).build();
    }

    private HttpResponse<String> enviar(HttpRequest requisicao) throws Exception {
        return http.send(requisicao, HttpResponse.BodyHandlers.ofString());
    }

    long eventosGravados() throws Exception {
        try (Connection conexao = DriverManager.getConnection(jdbcUrl);
             ResultSet rs = conexao.createStatement().executeQuery("SELECT count(*) FROM axon.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Medida medida(int clientes, ConcurrentLinkedQueue<long[]> partes, long erros, double segundos, long eventos) {
        long[] todas = partes.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Medida(clientes, todas.length - erros, erros, segundos, todas, eventos);
    }
}
