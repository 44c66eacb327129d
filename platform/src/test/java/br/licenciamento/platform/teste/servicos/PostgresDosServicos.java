package br.licenciamento.platform.teste.servicos;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One PostgreSQL for the services, prepared as an operator prepares it: {@code deploy/postgres/init.sql} run with
 * psql creates one database per service and the role they sign in with.
 */
public final class PostgresDosServicos implements AutoCloseable {

    /** Every service instance keeps a pool of its own, and a benchmark or a test starts several of them. */
    private static final int MAX_CONEXOES = 300;

    private final EmbeddedPostgres postgres;
    private final Path dados;
    private final String senha;

    private PostgresDosServicos(EmbeddedPostgres postgres, Path dados, String senha) {
        this.postgres = postgres;
        this.dados = dados;
        this.senha = senha;
    }

    /**
     * @param raiz         the repository's root directory
     * @param dados        where the cluster and the psql log go
     * @param senha        the password init.sql gives the services' role
     */
    public static PostgresDosServicos iniciar(Path raiz, Path dados, String senha) throws IOException,
            InterruptedException {
        Path cluster = dados.resolve("postgres");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(cluster)
                .setServerConfig("max_connections", String.valueOf(MAX_CONEXOES)).start();
        Path log = dados.resolve("init-sql.log");
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(postgres.getPort()),
                "-U", "postgres", "-v", "senha=" + senha, "-f", raiz.resolve("deploy/postgres/init.sql").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        psql.environment().put("PGPASSWORD", "postgres");
        Process processo = psql.start();
        if (!processo.waitFor(60, TimeUnit.SECONDS) || processo.exitValue() != 0) {
            postgres.close();
            throw new IllegalStateException("deploy/postgres/init.sql falhou: " + Files.readString(log));
        }
        return new PostgresDosServicos(postgres, cluster, senha);
    }

    /** The datasource variables of a service's instance, on its own database. */
    public Map<String, String> ambiente(String modulo) {
        Map<String, String> ambiente = new LinkedHashMap<>();
        ambiente.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + banco(modulo));
        ambiente.put("SPRING_DATASOURCE_USERNAME", "licenciamento");
        ambiente.put("SPRING_DATASOURCE_PASSWORD", senha);
        return ambiente;
    }

    /** The URL of a service's database as its owner (postgres), for a reader outside the services. */
    public String jdbcDoDono(String modulo) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + banco(modulo) + "?user=postgres&password=postgres";
    }

    /** The cluster's data directory. */
    public Path dados() {
        return dados;
    }

    /** The database init.sql creates for a module. */
    private static String banco(String modulo) {
        return modulo.equals("notificacao-saga") ? "notificacao" : modulo.replace('-', '_');
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
