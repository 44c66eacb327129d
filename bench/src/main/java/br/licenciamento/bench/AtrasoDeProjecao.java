package br.licenciamento.bench;

import br.licenciamento.bench.Api.Papel;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from an acknowledged command (its events committed) until the read models show its effect: the dossier
 * through the query API (MongoDB) and the search row (PostgreSQL, read by SQL), while the command mix runs open
 * loop at a given rate. Samplers take the freshest acknowledged step whose effect is unambiguous (a change of
 * situation along the mix's path) and poll both read models until they show that situation or a later one.
 * Four samplers, polling every few milliseconds at first and less often as the wait grows, so the measurement
 * itself adds little load.
 */
final class AtrasoDeProjecao {

    private static final Pattern SITUACAO = Pattern.compile("\"situacao\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final int AMOSTRADORES = 4;

    private final Api api;
    private final Mistura mistura;
    private final ClienteDeCarga carga;
    private final String jdbcUrl;

    AtrasoDeProjecao(Api api, Mistura mistura, ClienteDeCarga carga, String jdbcUrl) {
        this.api = api;
        this.mistura = mistura;
        this.carga = carga;
        this.jdbcUrl = jdbcUrl;
    }

    record Resultado(ClienteDeCarga.Medida comandos, List<Double> dossie, List<Double> pesquisa, long naoVistos) {

        String dossieResumo() {
            return resumo(dossie);
        }

        String pesquisaResumo() {
            return resumo(pesquisa);
        }

        double p99Dossie() {
            return percentil(dossie, 0.99);
        }
    }

    Resultado medir(double taxa, Duration duracao) throws Exception {
        LinkedBlockingDeque<Mistura.Confirmado> recentes = new LinkedBlockingDeque<>();
        mistura.observar(c -> {
            if (c.etapa().situacao != null) {
                recentes.offerLast(c);
                while (recentes.size() > 64) {
                    recentes.pollFirst();
                }
            }
        });
        List<Double> dossie = Collections.synchronizedList(new ArrayList<>());
        List<Double> pesquisa = Collections.synchronizedList(new ArrayList<>());
        long[] naoVistos = new long[1];
        long fim = System.nanoTime() + duracao.toNanos();
        ExecutorService amostradores = Executors.newFixedThreadPool(AMOSTRADORES);
        List<Future<?>> feitos = new ArrayList<>();
        for (int i = 0; i < AMOSTRADORES; i++) {
            feitos.add(amostradores.submit(() -> {
                try (Connection conexao = DriverManager.getConnection(jdbcUrl);
                     PreparedStatement linha = conexao.prepareStatement(
                             "SELECT situacao FROM licenca_query.processo_resumo WHERE processo_id = ?")) {
                    while (System.nanoTime() < fim) {
                        Mistura.Confirmado c = recentes.pollLast(200, TimeUnit.MILLISECONDS);
                        if (c == null) {
                            continue;
                        }
                        if (!amostrar(c, linha, dossie, pesquisa)) {
                            synchronized (naoVistos) {
                                naoVistos[0]++;
                            }
                        }
                    }
                }
                return null;
            }));
        }
        ClienteDeCarga.Medida comandos;
        try {
            comandos = carga.aberta(taxa, duracao, mistura::proximo);
        } finally {
            mistura.observar(c -> { });
        }
        for (Future<?> f : feitos) {
            f.get();
        }
        amostradores.shutdown();
        return new Resultado(comandos, dossie, pesquisa, naoVistos[0]);
    }

    /** Polls both read models for one step; false if either did not show it within 30 s. */
    private boolean amostrar(Mistura.Confirmado c, PreparedStatement linha, List<Double> dossie, List<Double> pesquisa)
            throws Exception {
        int esperada = Mistura.ordem(c.etapa().situacao);
        boolean viuDossie = false;
        boolean viuPesquisa = false;
        long ultimaConsultaAoDossie = 0;
        long ultimaConsultaAPesquisa = 0;
        while (!viuDossie || !viuPesquisa) {
            long agora = System.nanoTime();
            long decorrido = agora - c.confirmadoEmNanos();
            if (decorrido > Duration.ofSeconds(30).toNanos()) {
                return false;
            }
            // Polls back off as the wait grows (resolution ~1/8 of the lag), so a slow projection is not
            // slowed further by the measurement.
            if (!viuPesquisa && agora - ultimaConsultaAPesquisa >= Math.max(2_000_000L, decorrido / 8)) {
                ultimaConsultaAPesquisa = agora;
                linha.setString(1, c.processoId());
                try (ResultSet rs = linha.executeQuery()) {
                    if (rs.next() && Mistura.ordem(rs.getString(1)) >= esperada) {
                        viuPesquisa = true;
                        pesquisa.add((System.nanoTime() - c.confirmadoEmNanos()) / 1e6);
                    }
                }
            }
            // The dossier goes through HTTP, sign-in check and the query bus: asked at most every 10 ms.
            if (!viuDossie && agora - ultimaConsultaAoDossie >= Math.max(10_000_000L, decorrido / 8)) {
                ultimaConsultaAoDossie = agora;
                HttpResponse<String> resposta = api.get(Papel.REQUERENTE, "/api/v1/processos/" + c.processoId());
                if (resposta.statusCode() == 200) {
                    Matcher m = SITUACAO.matcher(resposta.body());
                    if (m.find() && Mistura.ordem(m.group(1)) >= esperada) {
                        viuDossie = true;
                        dossie.add((System.nanoTime() - c.confirmadoEmNanos()) / 1e6);
                    }
                }
            }
            Thread.sleep(2);
        }
        return true;
    }

    static double percentil(List<Double> amostras, double p) {
        if (amostras.isEmpty()) {
            return Double.NaN;
        }
        List<Double> ordenadas = new ArrayList<>(amostras);
        Collections.sort(ordenadas);
        return ordenadas.get((int) Math.max(0, Math.min(ordenadas.size() - 1, Math.ceil(p * ordenadas.size()) - 1)));
    }

    static String resumo(List<Double> amostras) {
        if (amostras.isEmpty()) {
            return "sem amostras";
        }
        return "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d amostras)".formatted(percentil(amostras, 0.5),
                percentil(amostras, 0.99), percentil(amostras, 1.0), amostras.size());
    }
}
