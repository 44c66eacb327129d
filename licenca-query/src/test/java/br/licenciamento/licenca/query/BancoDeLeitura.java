package br.licenciamento.licenca.query;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import javax.sql.DataSource;

import java.io.IOException;
import java.util.List;

/**
 * A real PostgreSQL with the module's own migrations, emptied before each test: the read models are tested against
 * the database they run on, with the indexes and SQL they use in production.
 */
public abstract class BancoDeLeitura {

    private static EmbeddedPostgres postgres;
    protected static JdbcClient jdbc;
    protected static NamedParameterJdbcTemplate jdbcNomeado;
    protected static LeituraNumInstante leitura;

    @BeforeAll
    static void iniciarBanco() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("licenca_query").createSchemas(true)
                .locations("classpath:db/migration/licenca_query").table("flyway_historico").load().migrate();
        // One DataSource for queries and transactions, so the queries take part in the read transactions.
        DataSource dataSource = postgres.getPostgresDatabase();
        jdbc = JdbcClient.create(dataSource);
        jdbcNomeado = new NamedParameterJdbcTemplate(dataSource);
        leitura = new LeituraNumInstante(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void encerrarBanco() throws IOException {
        postgres.close();
    }

    @BeforeEach
    void esvaziar() {
        List<String> tabelas = jdbc.sql("""
                        SELECT 'licenca_query.' || tablename FROM pg_tables
                        WHERE schemaname = 'licenca_query' AND tablename <> 'flyway_historico'""")
                .query(String.class).list();
        jdbc.sql("TRUNCATE " + String.join(", ", tabelas)).update();
    }

    /** A client on a connection of its own, outside any transaction of the code under test. */
    protected static JdbcClient outraConexao() {
        return JdbcClient.create(postgres.getPostgresDatabase());
    }

    /** Every row of a table in a stable order, to compare read models. */
    protected static List<java.util.Map<String, Object>> linhas(String tabela, String ordem) {
        return jdbc.sql("SELECT * FROM licenca_query." + tabela + " ORDER BY " + ordem).query().listOfRows();
    }
}
