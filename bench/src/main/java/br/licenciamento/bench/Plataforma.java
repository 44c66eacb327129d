package br.licenciamento.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The embedded platform as its own process, started from its jar exactly as a user starts it. */
final class Plataforma implements AutoCloseable {

    private final Process processo;
    private final int porta;
    private final int portaPostgres;
    private final double segundosAteSaudavel;
    private final Path dados;

    private Plataforma(Process processo, int porta, int portaPostgres, double segundosAteSaudavel, Path dados) {
        this.processo = processo;
        this.porta = porta;
        this.portaPostgres = portaPostgres;
        this.segundosAteSaudavel = segundosAteSaudavel;
        this.dados = dados;
    }

    /**
     * How the platform's JVM is started: which {@code java} (the benchmark's own unless {@code --java=}), its heap and
     * options, and which jar (the fat jar, or the extracted one an ahead-of-time cache needs).
     */
    record Partida(String java, Path jar, String heap, List<String> opcoes) {

        Partida com(List<String> mais) {
            List<String> todas = new ArrayList<>(opcoes);
            todas.addAll(mais);
            return new Partida(java, jar, heap, todas);
        }

        Partida comJar(Path outro) {
            return new Partida(java, outro, heap, opcoes);
        }
    }

    static Plataforma iniciar(Partida partida, Path dados, String... propriedades) throws Exception {
        Path jar = partida.jar();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("Jar da plataforma nao encontrado: " + jar.toAbsolutePath()
                    + " (scripts/bench.sh o constroi)");
        }
        int porta = portaLivre();
        int portaPostgres = portaLivre();
        List<String> comando = new ArrayList<>(List.of(partida.java(), "-Xms" + partida.heap(), "-Xmx" + partida.heap()));
        comando.addAll(partida.opcoes());
        comando.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.port=" + porta,
                "--licenciamento.embutido.diretorio=" + dados.toAbsolutePath(),
                "--licenciamento.embutido.postgres-porta=" + portaPostgres,
                "--logging.level.root=WARN"));
        comando.addAll(List.of(propriedades));
        // Appended, so a restart keeps the log of the first start.
        ProcessBuilder builder = new ProcessBuilder(comando)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dados.resolve("plataforma.log").toFile()));
        long inicio = System.nanoTime();
        Process processo = builder.start();
        HttpClient http = HttpClient.newHttpClient();
        while (true) {
            if (!processo.isAlive()) {
                throw new IllegalStateException("A plataforma parou ao iniciar; veja " + dados.resolve("plataforma.log"));
            }
            try {
                HttpResponse<String> saude = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + porta + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (saude.statusCode() == 200 && saude.body().contains("\"status\":\"UP\"")) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() - inicio > TimeUnit.SECONDS.toNanos(300)) {
                throw new IllegalStateException("A plataforma nao ficou saudavel em 300 s");
            }
            Thread.sleep(100);
        }
        return new Plataforma(processo, porta, portaPostgres, (System.nanoTime() - inicio) / 1e9, dados);
    }

    CpuDaPlataforma cpu() {
        return new CpuDaPlataforma(processo.pid(), dados.resolve("postgres"));
    }

    String urlBase() {
        return "http://localhost:" + porta;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + portaPostgres + "/postgres?user=postgres&password=postgres";
    }

    double segundosAteSaudavel() {
        return segundosAteSaudavel;
    }

    /** Resident memory of the JVM (the embedded PostgreSQL runs in separate processes, reported apart if needed). */
    long memoriaResidenteMiB() throws IOException {
        for (String linha : Files.readAllLines(Path.of("/proc", String.valueOf(processo.pid()), "status"))) {
            if (linha.startsWith("VmRSS:")) {
                return Long.parseLong(linha.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        encerrar(Duration.ofSeconds(60));
    }

    /** A graceful stop (SIGTERM), forced after {@code prazo}: a JVM writing its ahead-of-time cache needs longer. */
    void encerrar(Duration prazo) throws InterruptedException {
        processo.destroy();
        if (!processo.waitFor(prazo.toSeconds(), TimeUnit.SECONDS)) {
            processo.destroyForcibly();
        }
    }

    private static int portaLivre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
