package br.licenciamento.bench;

import br.licenciamento.bench.Api.Papel;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Load time of a process with 1,000 events. A process in technical analysis takes opinions without limit, so
 * one gets ~1,000 events from real commands. Its load is timed from outside by a command that loads the process
 * and is then refused by a rule without writing anything (an appeal while there is no decision: 422
 * {@code recurso-sem-decisao}): the median latency on the long process minus the median on a fresh process in
 * the same situation (5 events) is what loading the extra events costs. Both are asked alternately, so any
 * drift of the machine hits both alike.
 */
final class ProcessoLongo {

    static final int EVENTOS = 1_000;

    private final Api api;
    private final Mistura mistura;
    private final String jdbcUrl;
    private String longo;
    private String curto;

    ProcessoLongo(Api api, Mistura mistura, String jdbcUrl) {
        this.api = api;
        this.mistura = mistura;
        this.jdbcUrl = jdbcUrl;
    }

    record Construcao(long eventos, long comandos, double segundos, long snapshots) {
    }

    record Carga(double medianaLongoMs, double medianaCurtoMs, long eventosDoLongo, long snapshotsDoLongo) {

        double cargaMs() {
            return medianaLongoMs - medianaCurtoMs;
        }

        String resumo() {
            return "%+.1f ms contra um processo novo (mediana %.1f ms com %d eventos e %d snapshot(s), %.1f ms com 5 eventos)"
                    .formatted(cargaMs(), medianaLongoMs, eventosDoLongo, snapshotsDoLongo, medianaCurtoMs);
        }
    }

    /** The same two processes, measured on a restarted platform. */
    ProcessoLongo naPlataforma(Api outraApi, String outroJdbcUrl) {
        ProcessoLongo mesmo = new ProcessoLongo(outraApi, mistura, outroJdbcUrl);
        mesmo.longo = longo;
        mesmo.curto = curto;
        return mesmo;
    }

    boolean construido() {
        return longo != null;
    }

    Construcao construir() throws Exception {
        longo = mistura.ateAAnalise().id;
        curto = mistura.ateAAnalise().id;
        long inicio = System.nanoTime();
        long comandos = 0;
        for (long n = eventos(longo); n < EVENTOS; n++, comandos++) {
            HttpResponse<String> r = api.post(Papel.ANALISTA, "/api/v1/processos/" + longo + "/pareceres",
                    "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"Parecer numero " + n + "\"}");
            if (r.statusCode() != 202) {
                throw new IllegalStateException("Parecer recusado: " + r.statusCode() + " " + r.body());
            }
        }
        return new Construcao(eventos(longo), comandos, (System.nanoTime() - inicio) / 1e9, snapshots(longo));
    }

    /** Median latency of the refused appeal on the long and on the fresh process, {@code vezes} each. */
    Carga medir(int vezes) throws Exception {
        List<Double> tLongo = new ArrayList<>();
        List<Double> tCurto = new ArrayList<>();
        for (int i = 0; i < vezes + 3; i++) {
            double l = recursoRecusado(longo);
            double c = recursoRecusado(curto);
            if (i >= 3) {
                tLongo.add(l);
                tCurto.add(c);
            }
        }
        return new Carga(mediana(tLongo), mediana(tCurto), eventos(longo), snapshots(longo));
    }

    /** With snapshots off, the snapshots already taken must go too, or the process would still load from them. */
    void apagarSnapshots() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement apagar = c.prepareStatement("DELETE FROM axon.snapshot_event_entry WHERE aggregate_identifier IN (?, ?)")) {
            apagar.setString(1, longo);
            apagar.setString(2, curto);
            apagar.executeUpdate();
        }
    }

    private double recursoRecusado(String processoId) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = api.post(Papel.REQUERENTE, "/api/v1/processos/" + processoId + "/recursos",
                "{\"fundamentos\":\"Medicao do tempo de carga\"}");
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 422 || !r.body().contains("recurso-sem-decisao")) {
            throw new IllegalStateException("Esperava 422 recurso-sem-decisao: " + r.statusCode() + " " + r.body());
        }
        return ms;
    }

    private long eventos(String id) throws Exception {
        return contar("SELECT count(*) FROM axon.domain_event_entry WHERE aggregate_identifier = ?", id);
    }

    private long snapshots(String id) throws Exception {
        return contar("SELECT count(*) FROM axon.snapshot_event_entry WHERE aggregate_identifier = ?", id);
    }

    private long contar(String sql, String id) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static double mediana(List<Double> valores) {
        List<Double> ordenados = new ArrayList<>(valores);
        Collections.sort(ordenados);
        return ordenados.get(ordenados.size() / 2);
    }
}
