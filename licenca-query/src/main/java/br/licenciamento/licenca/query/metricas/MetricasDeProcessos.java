package br.licenciamento.licenca.query.metricas;

import br.licenciamento.api.processo.SituacaoProcesso;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Processes by situation as a Prometheus gauge ({@code licenciamento_processos{situacao=...}}), read from the
 * search model at most every few seconds so frequent scrapes cost one query.
 */
@Component
class MetricasDeProcessos {

    private static final Duration VALIDADE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock relogio;
    private volatile Map<SituacaoProcesso, Long> contagens = Map.of();
    private volatile Instant lidoEm = Instant.EPOCH;

    MetricasDeProcessos(JdbcClient jdbc, Clock relogio, MeterRegistry registro) {
        this.jdbc = jdbc;
        this.relogio = relogio;
        for (SituacaoProcesso situacao : SituacaoProcesso.values()) {
            Gauge.builder("licenciamento.processos", () -> contagens().getOrDefault(situacao, 0L))
                    .description("Processos de licenciamento por situacao")
                    .tag("situacao", situacao.name())
                    .register(registro);
        }
    }

    private Map<SituacaoProcesso, Long> contagens() {
        Instant agora = relogio.instant();
        if (Duration.between(lidoEm, agora).compareTo(VALIDADE) > 0) {
            Map<SituacaoProcesso, Long> novas = new EnumMap<>(SituacaoProcesso.class);
            jdbc.sql("SELECT situacao, count(*) AS total FROM licenca_query.processo_resumo GROUP BY situacao")
                    .query((rs, i) -> novas.put(SituacaoProcesso.valueOf(rs.getString("situacao")), rs.getLong("total")))
                    .list();
            contagens = novas;
            lidoEm = agora;
        }
        return contagens;
    }
}
