package br.licenciamento.licenca.query.metricas;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.licenca.query.pesquisa.PrazoDeAnalise;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Processes by situation ({@code licenciamento_processos{situacao=...}}) and overdue processes
 * ({@code licenciamento_processos_atrasados}, by {@link PrazoDeAnalise}'s rule, the one the search and the statistics
 * use) as Prometheus gauges, read from the search model at most every few seconds so frequent scrapes cost one query.
 */
@Component
class MetricasDeProcessos {

    private static final Logger log = LoggerFactory.getLogger(MetricasDeProcessos.class);
    private static final Duration VALIDADE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock relogio;
    private volatile Contagens contagens = new Contagens(Map.of(), 0);
    private volatile Instant lidoEm = Instant.EPOCH;

    MetricasDeProcessos(DataSource dataSource, Clock relogio, MeterRegistry registro) {
        // A scrape must not wait on a slow query either.
        JdbcTemplate comPrazo = new JdbcTemplate(dataSource);
        comPrazo.setQueryTimeout(2);
        this.jdbc = JdbcClient.create(comPrazo);
        this.relogio = relogio;
        for (SituacaoProcesso situacao : SituacaoProcesso.values()) {
            Gauge.builder("licenciamento.processos", () -> contagens().porSituacao().getOrDefault(situacao, 0L))
                    .description("Processos de licenciamento por situação")
                    .tag("situacao", situacao.name())
                    .register(registro);
        }
        Gauge.builder("licenciamento.processos.atrasados", () -> contagens().atrasados())
                .description("Processos em curso com o prazo de análise do órgão vencido (contando a suspensão por complementação)")
                .register(registro);
    }

    private record Contagens(Map<SituacaoProcesso, Long> porSituacao, long atrasados) {
    }

    /**
     * One read for all ten gauges of a scrape. A read that fails (no connection in time, a lock held by a rebuild)
     * keeps the last figures until the next window: before, each gauge tried again and one scrape could wait ten
     * connection timeouts, past any scraper's patience (SegurancaDaApiTest saw a 30 s scrape).
     */
    private Contagens contagens() {
        Instant agora = relogio.instant();
        // Also when the clock went back (an adjusted clock), or the gauges would freeze until it caught up.
        if (agora.isBefore(lidoEm) || Duration.between(lidoEm, agora).compareTo(VALIDADE) > 0) {
            lidoEm = agora;
            try {
                contagens = ler();
            } catch (DataAccessException indisponivel) {
                log.warn("Contagens de processos para as métricas não lidas; ficam as anteriores: {}", indisponivel.getMessage());
            }
        }
        return contagens;
    }

    private Contagens ler() {
        Map<SituacaoProcesso, Long> novas = new EnumMap<>(SituacaoProcesso.class);
        jdbc.sql("SELECT situacao, count(*) AS total FROM licenca_query.processo_resumo GROUP BY situacao")
                .query((rs, i) -> novas.put(SituacaoProcesso.valueOf(rs.getString("situacao")), rs.getLong("total")))
                .list();
        long atrasados = jdbc.sql("SELECT count(*) FROM licenca_query.processo_resumo WHERE " + PrazoDeAnalise.ATRASADO)
                .param("hoje", Date.valueOf(DiasLegais.hoje(relogio)))
                .query(Long.class).single();
        return new Contagens(novas, atrasados);
    }
}
