package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.LicenciamentoApplication;
import br.licenciamento.platform.teste.ClienteHttp;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole platform in a child JVM, as a user runs it, so the test can kill it with SIGKILL (no shutdown hook, no
 * graceful close, no flush) and start it again on the same data directory. The embedded PostgreSQL is a process of
 * its own and survives the kill; the next start has to deal with the orphan exactly as it would in production.
 */
final class PlataformaFilha implements AutoCloseable {

    private final Path dados;
    private final List<String> argumentos;
    private final int portaPostgres;
    private final Path log;
    private Process processo;
    private int porta;
    private int inicios;
    /** When each start answered HTTP and when each kill happened, to place events and deadlines in time. */
    private final List<Instant> prontas = new ArrayList<>();
    private final List<Instant> mortes = new ArrayList<>();

    /** {@code argumentos}: extra command-line settings of every start (command-line arguments win over properties files). */
    PlataformaFilha(Path dados, String... argumentos) throws IOException {
        this.dados = dados;
        this.argumentos = List.of(argumentos);
        // Fixed for the life of the test: the JDBC checks reach the same server after every restart.
        this.portaPostgres = portaLivre();
        this.log = dados.resolve("plataforma.log");
        Files.createDirectories(dados);
    }

    /** Starts the platform and waits until it answers HTTP; fails with the log tail if it does not within the limit. */
    void iniciar(Duration limite) throws IOException, InterruptedException {
        porta = portaLivre();
        inicios++;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> comando = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), LicenciamentoApplication.class.getName(),
                "--server.port=" + porta,
                "--licenciamento.embutido.diretorio=" + dados,
                "--licenciamento.embutido.postgres-porta=" + portaPostgres,
                "--logging.level.root=WARN",
                "--logging.level.br.licenciamento.embutido=INFO"));
        comando.addAll(argumentos);
        processo = new ProcessBuilder(comando)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        // Health is on the management port when the start gives the actuator one of its own.
        ClienteHttp api = argumentos.stream().filter(a -> a.startsWith("--management.server.port=")).findFirst()
                .map(a -> new ClienteHttp(Integer.parseInt(a.substring(a.indexOf('=') + 1)))).orElse(api());
        long fim = System.nanoTime() + limite.toNanos();
        while (System.nanoTime() < fim) {
            if (!processo.isAlive()) {
                throw new IllegalStateException("A plataforma terminou ao iniciar (codigo " + processo.exitValue() + "):\n" + caudaDoLog());
            }
            try {
                if (api.get("/actuator/health").status() == 200) {
                    prontas.add(Instant.now());
                    return;
                }
            } catch (IllegalStateException aindaSemPorta) {
                // Connection refused until Tomcat binds: keep waiting.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("A plataforma nao respondeu em " + limite + ":\n" + caudaDoLog());
    }

    /** SIGKILL on the JVM: what a crash, an OOM kill or a pulled plug does to the application process. */
    void matar() throws InterruptedException {
        processo.destroyForcibly();
        processo.waitFor();
        mortes.add(Instant.now());
    }

    List<Instant> prontas() {
        return List.copyOf(prontas);
    }

    List<Instant> mortes() {
        return List.copyOf(mortes);
    }

    ClienteHttp api() {
        return new ClienteHttp(porta);
    }

    int porta() {
        return porta;
    }

    /** Port of the embedded PostgreSQL this platform starts (another platform may share it). */
    int portaPostgres() {
        return portaPostgres;
    }

    boolean viva() {
        return processo != null && processo.isAlive();
    }

    int inicios() {
        return inicios;
    }

    Connection banco() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + portaPostgres + "/postgres", "postgres", "postgres");
    }

    String caudaDoLog() {
        try {
            List<String> linhas = Files.readAllLines(log);
            return String.join("\n", linhas.subList(Math.max(0, linhas.size() - 60), linhas.size()));
        } catch (IOException e) {
            return "(log ilegivel: " + e + ")";
        }
    }

    /** Stops the child the polite way, so the embedded PostgreSQL is shut down too and no process outlives the test. */
    @Override
    public void close() throws InterruptedException {
        if (processo != null && processo.isAlive()) {
            processo.destroy();
            if (!processo.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                processo.destroyForcibly().waitFor();
            }
        }
        pararPostgresOrfao();
    }

    /** After a last kill the embedded PostgreSQL would keep running: stop it through its pid file, as the platform does. */
    private void pararPostgresOrfao() throws InterruptedException {
        Path pid = dados.resolve("postgres").resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        try {
            long numero = Long.parseLong(Files.readAllLines(pid).get(0).trim());
            var orfao = ProcessHandle.of(numero).filter(ProcessHandle::isAlive);
            if (orfao.isPresent()) {
                orfao.get().destroy();
                try {
                    orfao.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                    orfao.get().destroyForcibly();
                }
            }
        } catch (IOException | RuntimeException e) {
            // The server already removed its pid file while stopping: nothing left to stop.
        }
    }

    static int portaLivre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
