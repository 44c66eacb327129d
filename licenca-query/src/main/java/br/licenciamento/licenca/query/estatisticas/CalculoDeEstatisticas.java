package br.licenciamento.licenca.query.estatisticas;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import br.licenciamento.licenca.query.pesquisa.PrazoDeAnalise;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the statistics from the search model (processes) and its decisions, in PostgreSQL, so every figure is
 * an exact count over the read model and not a sample. The overdue rule is {@link PrazoDeAnalise}'s, the same the
 * search and the gauge use.
 */
@Component
class CalculoDeEstatisticas {

    private final JdbcClient jdbc;
    private final Clock relogio;
    private final LeituraNumInstante leitura;

    CalculoDeEstatisticas(JdbcClient jdbc, Clock relogio, LeituraNumInstante leitura) {
        this.jdbc = jdbc;
        this.relogio = relogio;
        this.leitura = leitura;
    }

    /** Every figure from the same snapshot of the read model. */
    Estatisticas calcular(LocalDate de, LocalDate ate, String municipio, TipoLicenca tipo, int limiteAtrasados) {
        return leitura.ler(() -> calcularNoInstante(de, ate, municipio, tipo, limiteAtrasados));
    }

    private Estatisticas calcularNoInstante(LocalDate de, LocalDate ate, String municipio, TipoLicenca tipo,
                                            int limiteAtrasados) {
        LocalDate hoje = DiasLegais.hoje(relogio);

        // Processes: filed in the period (filing instant, days in Brasilia time).
        List<String> doProcesso = new ArrayList<>();
        Map<String, Object> parametros = new HashMap<>();
        parametros.put("hoje", Date.valueOf(hoje));
        comuns(doProcesso, parametros, municipio, tipo);
        if (de != null) {
            doProcesso.add("protocolado_em >= :desde");
            parametros.put("desde", Timestamp.from(de.atStartOfDay(DiasLegais.FUSO).toInstant()));
        }
        if (ate != null) {
            doProcesso.add("protocolado_em < :antesDe");
            parametros.put("antesDe", Timestamp.from(ate.plusDays(1).atStartOfDay(DiasLegais.FUSO).toInstant()));
        }
        String processos = "FROM licenca_query.processo_resumo" + onde(doProcesso);

        Map<SituacaoProcesso, Long> porSituacao = new LinkedHashMap<>();
        for (SituacaoProcesso situacao : SituacaoProcesso.values()) {
            porSituacao.put(situacao, 0L);
        }
        jdbc.sql("SELECT situacao, count(*) AS total " + processos + " GROUP BY situacao").params(parametros)
                .query((rs, i) -> porSituacao.put(SituacaoProcesso.valueOf(rs.getString("situacao")), rs.getLong("total")))
                .list();
        Map<TipoLicenca, Long> porTipo = new LinkedHashMap<>();
        for (TipoLicenca tipoLicenca : TipoLicenca.values()) {
            porTipo.put(tipoLicenca, 0L);
        }
        jdbc.sql("SELECT tipo_licenca, count(*) AS total " + processos + " GROUP BY tipo_licenca").params(parametros)
                .query((rs, i) -> porTipo.put(TipoLicenca.valueOf(rs.getString("tipo_licenca")), rs.getLong("total")))
                .list();
        long total = porSituacao.values().stream().mapToLong(Long::longValue).sum();

        // Decisions: dated in the period (decision days are legal days already).
        List<String> daDecisao = new ArrayList<>();
        Map<String, Object> deDecisao = new HashMap<>();
        comuns(daDecisao, deDecisao, municipio, tipo);
        if (de != null) {
            daDecisao.add("decidido_em >= :de");
            deDecisao.put("de", Date.valueOf(de));
        }
        if (ate != null) {
            daDecisao.add("decidido_em <= :ate");
            deDecisao.put("ate", Date.valueOf(ate));
        }
        Estatisticas.Decisoes decisoes = jdbc.sql("""
                        SELECT count(*) AS total,
                               count(*) FILTER (WHERE resultado = 'DEFERIDO') AS deferidas,
                               count(*) FILTER (WHERE resultado = 'INDEFERIDO') AS indeferidas,
                               count(*) FILTER (WHERE prazo_analise_ate IS NOT NULL) AS com_prazo,
                               count(*) FILTER (WHERE no_prazo) AS no_prazo,
                               percentile_cont(0.5) WITHIN GROUP (ORDER BY dias_de_analise) AS mediana
                        FROM licenca_query.processo_decisao""" + onde(daDecisao))
                .params(deDecisao)
                .query((rs, i) -> {
                    long comPrazo = rs.getLong("com_prazo");
                    long noPrazo = rs.getLong("no_prazo");
                    Double mediana = rs.getObject("mediana", Double.class);
                    return new Estatisticas.Decisoes(rs.getLong("total"), rs.getLong("deferidas"), rs.getLong("indeferidas"),
                            comPrazo, noPrazo, comPrazo - noPrazo,
                            comPrazo == 0 ? null : BigDecimal.valueOf(noPrazo * 100L)
                                    .divide(BigDecimal.valueOf(comPrazo), 2, RoundingMode.HALF_UP),
                            // The median of whole days is whole or a half: one decimal is exact.
                            mediana == null ? null : BigDecimal.valueOf(mediana).setScale(1, RoundingMode.HALF_UP));
                })
                .single();

        // Overdue today, among the processes filed in the period.
        String atrasados = processos + (doProcesso.isEmpty() ? " WHERE " : " AND ") + PrazoDeAnalise.ATRASADO;
        long totalAtrasados = jdbc.sql("SELECT count(*) " + atrasados).params(parametros).query(Long.class).single();
        List<Estatisticas.ProcessoAtrasado> lista = jdbc.sql("SELECT *, " + PrazoDeAnalise.DIAS_DE_ATRASO + " AS dias "
                        + atrasados + " ORDER BY dias DESC, protocolado_em, processo_id LIMIT :limite")
                .params(parametros)
                .param("limite", limiteAtrasados)
                .query((rs, i) -> {
                    Date suspenso = rs.getDate("suspenso_desde");
                    return new Estatisticas.ProcessoAtrasado(rs.getString("processo_id"), rs.getString("numero"),
                            TipoLicenca.valueOf(rs.getString("tipo_licenca")), SituacaoProcesso.valueOf(rs.getString("situacao")),
                            rs.getString("municipio_ibge"), rs.getDate("prazo_analise_ate").toLocalDate(),
                            suspenso == null ? null : suspenso.toLocalDate(), rs.getLong("dias"), rs.getString("analista"));
                })
                .list();

        return new Estatisticas(hoje, de, ate, municipio, tipo, new Estatisticas.Processos(total, porSituacao, porTipo),
                decisoes, new Estatisticas.Atrasados(totalAtrasados, lista));
    }

    private static void comuns(List<String> condicoes, Map<String, Object> parametros, String municipio, TipoLicenca tipo) {
        if (municipio != null) {
            condicoes.add("municipio_ibge = :municipio");
            parametros.put("municipio", municipio);
        }
        if (tipo != null) {
            condicoes.add("tipo_licenca = :tipo");
            parametros.put("tipo", tipo.name());
        }
    }

    private static String onde(List<String> condicoes) {
        return condicoes.isEmpty() ? "" : " WHERE " + String.join(" AND ", condicoes);
    }
}
