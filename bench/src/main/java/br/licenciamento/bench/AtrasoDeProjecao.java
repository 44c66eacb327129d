package br.licenciamento.bench;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Time from an acknowledged filing (its event committed) until the read models show it: the dossier through
 * the query API, and the search row in PostgreSQL, while background load runs at a given rate.
 */
final class AtrasoDeProjecao {

    private final ClienteDeCarga carga;
    private final String jdbcUrl;

    AtrasoDeProjecao(ClienteDeCarga carga, String jdbcUrl) {
        this.carga = carga;
        this.jdbcUrl = jdbcUrl;
    }

    record Resultado(String dossie, String pesquisa) {
    }

    Resultado medir(double taxaDeFundo, Duration duracao) throws Exception {
        CompletableFuture<ClienteDeCarga.Medida> fundo = CompletableFuture.supplyAsync(() -> {
            try {
                return carga.aberta(taxaDeFundo, duracao);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Double> dossie = Collections.synchronizedList(new ArrayList<>());
        List<Double> pesquisa = Collections.synchronizedList(new ArrayList<>());
        long fim = System.nanoTime() + duracao.toNanos() - Duration.ofSeconds(1).toNanos();
        try (Connection conexao = DriverManager.getConnection(jdbcUrl);
             PreparedStatement linha = conexao.prepareStatement(
                     "SELECT 1 FROM licenca_query.processo_resumo WHERE processo_id = ?")) {
            while (System.nanoTime() < fim) {
                String id = carga.protocolar();
                long confirmado = System.nanoTime();
                if (id == null) {
                    continue;
                }
                boolean viuDossie = false;
                boolean viuPesquisa = false;
                while ((!viuDossie || !viuPesquisa) && System.nanoTime() - confirmado < Duration.ofSeconds(30).toNanos()) {
                    if (!viuDossie) {
                        HttpResponse<String> resposta = carga.get("/api/v1/processos/" + id);
                        if (resposta.statusCode() == 200) {
                            viuDossie = true;
                            dossie.add((System.nanoTime() - confirmado) / 1e6);
                        }
                    }
                    if (!viuPesquisa) {
                        linha.setString(1, id);
                        try (ResultSet rs = linha.executeQuery()) {
                            if (rs.next()) {
                                viuPesquisa = true;
                                pesquisa.add((System.nanoTime() - confirmado) / 1e6);
                            }
                        }
                    }
                    Thread.sleep(2);
                }
                Thread.sleep(100);
            }
        }
        fundo.join();
        return new Resultado(resumo(dossie), resumo(pesquisa));
    }

    private static String resumo(List<Double> amostras) {
        if (amostras.isEmpty()) {
            return "sem amostras";
        }
        List<Double> ordenadas = new ArrayList<>(amostras);
        Collections.sort(ordenadas);
        return "p50 %.0f ms, p99 %.0f ms (%d amostras)".formatted(
                ordenadas.get((int) Math.floor(0.5 * (ordenadas.size() - 1))),
                ordenadas.get((int) Math.floor(0.99 * (ordenadas.size() - 1))), ordenadas.size());
    }
}
