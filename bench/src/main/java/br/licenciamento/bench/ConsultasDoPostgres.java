package br.licenciamento.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where PostgreSQL's share of a command goes ({@code --sql}): the platform's embedded server is started with
 * {@code pg_stat_statements} loaded, the statistics are cleared when the CPU step starts and read when it ends, and
 * the most expensive statements are reported per command. Execution time is not CPU (a commit's flush is outside it,
 * a lock wait inside), but it ranks the statements by what they cost the server.
 */
final class ConsultasDoPostgres {

    /** The platform property that loads the extension into the embedded server (its only way in: a preload). */
    static final String PROPRIEDADE =
            "--licenciamento.embutido.postgres-configuracao[shared_preload_libraries]=pg_stat_statements";

    private final String jdbcUrl;

    ConsultasDoPostgres(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    void zerar() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            c.createStatement().execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            c.createStatement().execute("SELECT pg_stat_statements_reset()");
        }
    }

    /** One line per statement, the costliest first, and a first line with the total over every statement. */
    List<String> maisCaras(long comandos, int quantas) throws SQLException {
        List<String> linhas = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            try (ResultSet total = c.createStatement().executeQuery(
                    "SELECT coalesce(sum(total_exec_time), 0), coalesce(sum(calls), 0) FROM pg_stat_statements "
                            + "WHERE query NOT LIKE '%pg_stat_statements%'")) {
                total.next();
                linhas.add("todas: %.2f ms de execucao e %.1f comandos SQL por comando"
                        .formatted(total.getDouble(1) / comandos, total.getDouble(2) / comandos));
            }
            try (ResultSet r = c.createStatement().executeQuery(
                    "SELECT total_exec_time, calls, rows, query FROM pg_stat_statements "
                            + "WHERE query NOT LIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT " + quantas)) {
                while (r.next()) {
                    linhas.add("%.3f ms, %.2f vezes, %.2f linhas por comando: %s".formatted(r.getDouble(1) / comandos,
                            r.getDouble(2) / comandos, r.getDouble(3) / comandos, resumo(r.getString(4))));
                }
            }
        }
        return linhas;
    }

    private static String resumo(String sql) {
        String umaLinha = sql.replaceAll("\\s+", " ").trim();
        return umaLinha.length() <= 140 ? umaLinha : umaLinha.substring(0, 137) + "...";
    }
}
