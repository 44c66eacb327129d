package br.licenciamento.embutido;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A real PostgreSQL server (binaries from Maven Central) whose data directory outlives the process, so a
 * restart finds what was stored. Only loaded when embedded mode needs it.
 */
final class PostgresEmbutido implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresEmbutido(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** {@code log}: started before Spring's logging, so the caller's deferred log. */
    static PostgresEmbutido iniciar(Path diretorio, int porta, Map<String, String> configuracao, Log log) throws IOException {
        Files.createDirectories(diretorio);
        PostmasterOrfao.tratar(diretorio, log);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Absolute, so the server's -D argument names the directory whatever its cwd.
                .setDataDirectory(diretorio.toAbsolutePath())
                .setCleanDataDirectory(false)
                // Stopped with the Spring context (after the pools); a hook of its own would race it.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Durable commits: an acknowledged command must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB");
        configuracao.forEach(builder::setServerConfig);
        if (porta > 0) {
            builder.setPort(porta);
        }
        return new PostgresEmbutido(builder.start());
    }

    int porta() {
        return postgres.getPort();
    }

    String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
