package br.licenciamento.platform.embutido;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data directory outlives the process, so a
 * restart finds what was stored. Only loaded when embedded mode needs it.
 */
final class PostgresEmbutido implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresEmbutido.class);

    private final EmbeddedPostgres postgres;

    private PostgresEmbutido(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static PostgresEmbutido iniciar(Path diretorio, int porta) throws IOException {
        Files.createDirectories(diretorio);
        encerrarOrfao(diretorio);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(diretorio)
                .setCleanDataDirectory(false)
                // Stopped with the Spring context (after the pools); a hook of its own would race it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Durable commits: an acknowledged command must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB");
        if (porta > 0) {
            builder.setPort(porta);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("PostgreSQL embutido em localhost:{} com dados em {}", postgres.getPort(), diretorio.toAbsolutePath());
        return new PostgresEmbutido(postgres);
    }

    String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A platform killed without shutdown (kill -9) leaves its postmaster running on this data directory; it
     * would refuse a new server. The directory is ours, so the old server is stopped first.
     */
    private static void encerrarOrfao(Path diretorio) {
        Path pid = diretorio.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        try {
            List<String> linhas = Files.readAllLines(pid);
            long numero = Long.parseLong(linhas.get(0).trim());
            ProcessHandle.of(numero).filter(ProcessHandle::isAlive).ifPresent(processo -> {
                log.warn("Encerrando PostgreSQL orfao (pid {}) deixado por uma execucao interrompida", numero);
                processo.destroy();
                try {
                    processo.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    processo.destroyForcibly();
                }
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Nao foi possivel ler {}: {}", pid, e.toString());
        }
    }
}
