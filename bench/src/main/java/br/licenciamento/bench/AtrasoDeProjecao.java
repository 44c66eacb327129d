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
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time from an acknowledged command (its events committed) until the read models show its effect: the dossier
 * through the query API (MongoDB) and the search row (PostgreSQL, read by SQL), while the command mix runs open
 * loop at a given rate. Samplers take the freshest acknowledged step whose effect is unambiguous (a change of
 * situation along the mix's path) and poll both read models until they show that situation or a later one.
 * Four samplers watch up to 32 steps at once, polling every few milliseconds at first and less often as the wait
 * grows, so many events are sampled while the measurement itself adds little load.
 */
final class AtrasoDeProjecao {

    private static final Pattern SITUACAO = Pattern.compile("\"situacao\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final int AMOSTRADORES = 4;
    private static final int PENDENTES_POR_AMOSTRADOR = 8;

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

    record Resultado(ClienteDeCarga.Medida comandos, List<Double> dossie, List<Double> pesquisa, long naoVistos,
                     LeiturasLentas lentasDossie, LeiturasLentas lentasPesquisa) {

        String dossieResumo() {
            return resumo(dossie) + lentasDossie.resumo();
        }

        String pesquisaResumo() {
            return resumo(pesquisa) + lentasPesquisa.resumo();
        }
    }

    /**
     * The sampler's own reads that took over a second. A sampler waits on each read, so one slow read delays every
     * step it watches, in both read models: these counts tell such a stall of the read path from a projection's lag.
     */
    static final class LeiturasLentas {
        private static final long UM_SEGUNDO = 1_000_000_000L;
        private final AtomicLong quantas = new AtomicLong();
        private final LongAccumulator maisLenta = new LongAccumulator(Long::max, 0);

        void anotar(long nanos) {
            if (nanos > UM_SEGUNDO) {
                quantas.incrementAndGet();
                maisLenta.accumulate(nanos);
            }
        }

        String resumo() {
            return quantas.get() == 0 ? "" : "; %d leituras do amostrador acima de 1 s (a maior %.1f s)"
                    .formatted(quantas.get(), maisLenta.get() / 1e9);
        }
    }

    Resultado medir(double taxa, Duration duracao) throws Exception {
        LinkedBlockingDeque<Mistura.Confirmado> recentes = new LinkedBlockingDeque<>();
        mistura.observar(c -> {
            if (c.etapa().situacao != null) {
                recentes.offerLast(c);
                while (recentes.size() > 256) {
                    recentes.pollFirst();
                }
            }
        });
        List<Double> dossie = Collections.synchronizedList(new ArrayList<>());
        List<Double> pesquisa = Collections.synchronizedList(new ArrayList<>());
        AtomicLong naoVistos = new AtomicLong();
        LeiturasLentas lentasDossie = new LeiturasLentas();
        LeiturasLentas lentasPesquisa = new LeiturasLentas();
        long fim = System.nanoTime() + duracao.toNanos();
        ExecutorService amostradores = Executors.newFixedThreadPool(AMOSTRADORES);
        List<Future<?>> feitos = new ArrayList<>();
        for (int i = 0; i < AMOSTRADORES; i++) {
            feitos.add(amostradores.submit(() -> {
                amostrar(recentes, fim, dossie, pesquisa, naoVistos, lentasDossie, lentasPesquisa);
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
        return new Resultado(comandos, dossie, pesquisa, naoVistos.get(), lentasDossie, lentasPesquisa);
    }

    /** One step being watched: when each read model was last asked, and whether it already showed the step. */
    private static final class Pendente {
        final Mistura.Confirmado confirmado;
        final int esperada;
        long ultimaPesquisa;
        long ultimoDossie;
        boolean viuPesquisa;
        boolean viuDossie;

        Pendente(Mistura.Confirmado confirmado) {
            this.confirmado = confirmado;
            this.esperada = Mistura.ordem(confirmado.etapa().situacao);
        }

        long decorrido(long agora) {
            return agora - confirmado.confirmadoEmNanos();
        }
    }

    /**
     * Watches up to {@value #PENDENTES_POR_AMOSTRADOR} steps at a time, taking the freshest acknowledged ones, and
     * keeps watching those it took after the load ends (dropping slow ones would bias the figure low).
     */
    private void amostrar(LinkedBlockingDeque<Mistura.Confirmado> recentes, long fim, List<Double> dossie,
                          List<Double> pesquisa, AtomicLong naoVistos, LeiturasLentas lentasDossie,
                          LeiturasLentas lentasPesquisa) throws Exception {
        List<Pendente> pendentes = new ArrayList<>();
        try (Connection conexao = DriverManager.getConnection(jdbcUrl);
             PreparedStatement linha = conexao.prepareStatement(
                     "SELECT situacao FROM licenca_query.processo_resumo WHERE processo_id = ?")) {
            while (System.nanoTime() < fim || !pendentes.isEmpty()) {
                while (System.nanoTime() < fim && pendentes.size() < PENDENTES_POR_AMOSTRADOR) {
                    Mistura.Confirmado c = recentes.pollLast();
                    if (c == null) {
                        break;
                    }
                    pendentes.add(new Pendente(c));
                }
                for (Iterator<Pendente> it = pendentes.iterator(); it.hasNext(); ) {
                    Pendente p = it.next();
                    long agora = System.nanoTime();
                    long decorrido = p.decorrido(agora);
                    if (decorrido > Duration.ofSeconds(30).toNanos()) {
                        naoVistos.incrementAndGet();
                        it.remove();
                        continue;
                    }
                    // Polls back off as the wait grows (resolution ~1/8 of the lag), so a slow projection is not
                    // slowed further by the measurement.
                    if (!p.viuPesquisa && agora - p.ultimaPesquisa >= Math.max(2_000_000L, decorrido / 8)) {
                        p.ultimaPesquisa = agora;
                        linha.setString(1, p.confirmado.processoId());
                        try (ResultSet rs = linha.executeQuery()) {
                            lentasPesquisa.anotar(System.nanoTime() - agora);
                            if (rs.next() && Mistura.ordem(rs.getString(1)) >= p.esperada) {
                                p.viuPesquisa = true;
                                pesquisa.add(p.decorrido(System.nanoTime()) / 1e6);
                            }
                        }
                    }
                    // The dossier goes through HTTP, the token check and the query bus: asked at most every 10 ms.
                    if (!p.viuDossie && agora - p.ultimoDossie >= Math.max(10_000_000L, decorrido / 8)) {
                        p.ultimoDossie = agora;
                        long antes = System.nanoTime();
                        HttpResponse<String> resposta = api.get(Papel.REQUERENTE, "/api/v1/processos/" + p.confirmado.processoId());
                        lentasDossie.anotar(System.nanoTime() - antes);
                        if (resposta.statusCode() == 200) {
                            Matcher m = SITUACAO.matcher(resposta.body());
                            if (m.find() && Mistura.ordem(m.group(1)) >= p.esperada) {
                                p.viuDossie = true;
                                dossie.add(p.decorrido(System.nanoTime()) / 1e6);
                            }
                        }
                    }
                    if (p.viuDossie && p.viuPesquisa) {
                        it.remove();
                    }
                }
                Thread.sleep(2);
            }
        }
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
