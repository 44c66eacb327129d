package br.licenciamento.notificacao.monitoramento;

import br.licenciamento.notificacao.ParametrosDasSagas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static br.licenciamento.notificacao.Textos.MENSAGENS;

/**
 * Operations: the active sagas, read from Axon's saga store. Each saga of this module keeps its deadlines and its
 * last activity in its own serialized state ({@code SagaComPrazos}), which is what this shows; a saga is flagged
 * stuck when a deadline stayed pending well past its time, or when nothing is scheduled and nothing happened for
 * the configured time.
 */
@RestController
@RequestMapping("/api/v1/ops/sagas")
@Tag(name = "Operação")
@Validated
class SagasController {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ParametrosDasSagas parametros;
    private final Clock relogio;

    SagasController(JdbcClient jdbc, ParametrosDasSagas parametros, Clock relogio) {
        this.jdbc = jdbc;
        this.parametros = parametros;
        this.relogio = relogio;
    }

    record SagaAtiva(String sagaId, String tipo, Map<String, List<String>> associacoes, Instant iniciadaEm, Duration idade,
                     String ultimoEvento, Instant ultimaAtividadeEm, Instant proximoPrazo, boolean parada, String motivo) {
    }

    record PorTipo(String tipo, long ativas, long paradas) {
    }

    record Panorama(Duration paradaApos, Duration prazoAtrasadoApos, List<PorTipo> tipos, long total, int pagina,
                    int tamanho, List<SagaAtiva> itens) {
    }

    private record Linha(String sagaId, String tipo, byte[] estado) {
    }

    /**
     * Each saga's type, next deadline and last activity, read from its stored JSON by PostgreSQL (instants are ISO
     * strings, or epoch seconds in older states), with whether it is stuck: the overview counts and filters there and
     * parses only the page it shows.
     */
    private static final String SAGAS = """
            WITH estado AS (
                SELECT saga_id, saga_type, convert_from(serialized_saga, 'UTF8')::jsonb AS e FROM axon.saga_entry
            ), instantes AS (
                SELECT saga_id, substring(saga_type from '[^.]+$') AS tipo,
                       (SELECT min(CASE WHEN jsonb_typeof(a -> 'quando') = 'number'
                                        THEN to_timestamp((a ->> 'quando')::double precision)
                                        ELSE (a ->> 'quando')::timestamptz END)
                        FROM jsonb_each(coalesce(e -> 'agendamentos', '{}'::jsonb)) AS ag(chave, a)) AS proximo,
                       CASE WHEN jsonb_typeof(e -> 'ultimaAtividadeEm') = 'number'
                            THEN to_timestamp((e ->> 'ultimaAtividadeEm')::double precision)
                            ELSE (e ->> 'ultimaAtividadeEm')::timestamptz END AS ultima
                FROM estado
            )
            SELECT saga_id, tipo, (proximo IS NOT NULL AND proximo + CAST(:atrasado AS INTERVAL) < :agora)
                   OR (proximo IS NULL AND ultima + CAST(:parada AS INTERVAL) < :agora) AS parada
            FROM instantes""";

    @GetMapping
    Panorama listar(@RequestParam(required = false) String tipo, @RequestParam(defaultValue = "false") boolean paradas,
                    @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
                    @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
                    @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        Instant agora = relogio.instant();
        Map<String, Object> parametrosSql = Map.of("agora", Timestamp.from(agora),
                "atrasado", parametros.getPrazoAtrasadoApos().toSeconds() + " seconds",
                "parada", parametros.getParadaApos().toSeconds() + " seconds");
        List<PorTipo> tipos = jdbc.sql("SELECT tipo, count(*), count(*) FILTER (WHERE parada) FROM (" + SAGAS
                        + ") s GROUP BY tipo ORDER BY tipo")
                .params(parametrosSql).query((rs, i) -> new PorTipo(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
        String filtro = " FROM (" + SAGAS + ") s JOIN axon.saga_entry e USING (saga_id)"
                + " WHERE (CAST(:tipo AS TEXT) IS NULL OR s.tipo = :tipo) AND (NOT :soParadas OR s.parada)";
        Map<String, Object> comFiltro = new LinkedHashMap<>(parametrosSql);
        comFiltro.put("tipo", tipo);
        comFiltro.put("soParadas", paradas);
        long total = jdbc.sql("SELECT count(*)" + filtro).params(comFiltro).query(Long.class).single();
        comFiltro.put("limite", tamanho);
        comFiltro.put("inicio", (long) pagina * tamanho);
        List<Linha> linhas = jdbc.sql("SELECT s.saga_id, e.saga_type, e.serialized_saga" + filtro
                        + " ORDER BY s.tipo, s.saga_id LIMIT :limite OFFSET :inicio")
                .params(comFiltro).query((rs, i) -> new Linha(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
        Map<String, Map<String, List<String>>> associacoes = new LinkedHashMap<>();
        if (!linhas.isEmpty()) {
            jdbc.sql("SELECT saga_id, association_key, association_value FROM axon.association_value_entry "
                            + "WHERE saga_id IN (:ids) ORDER BY id")
                    .param("ids", linhas.stream().map(Linha::sagaId).toList())
                    .query(rs -> {
                        associacoes.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                    });
        }
        List<SagaAtiva> pagina0 = linhas.stream()
                .map(l -> descrever(l, associacoes.getOrDefault(l.sagaId(), Map.of()), agora))
                .toList();
        return new Panorama(parametros.getParadaApos(), parametros.getPrazoAtrasadoApos(), tipos, total, pagina, tamanho,
                pagina0);
    }

    private SagaAtiva descrever(Linha linha, Map<String, List<String>> associacoes, Instant agora) {
        String tipo = linha.tipo().substring(linha.tipo().lastIndexOf('.') + 1);
        JsonNode estado;
        try {
            estado = linha.estado() == null ? JSON.createObjectNode() : JSON.readTree(linha.estado());
        } catch (IOException e) {
            return new SagaAtiva(linha.sagaId(), tipo, associacoes, null, null, null, null, null, true,
                    MENSAGENS.texto("parada.estado-ilegivel", e.getMessage()));
        }
        Instant iniciadaEm = instante(estado.get("iniciadaEm"));
        Instant ultimaAtividade = instante(estado.get("ultimaAtividadeEm"));
        Instant proximoPrazo = null;
        JsonNode agendamentos = estado.get("agendamentos");
        if (agendamentos != null) {
            for (JsonNode agendamento : agendamentos) {
                Instant quando = instante(agendamento.get("quando"));
                if (quando != null && (proximoPrazo == null || quando.isBefore(proximoPrazo))) {
                    proximoPrazo = quando;
                }
            }
        }
        String motivo = null;
        if (proximoPrazo != null && proximoPrazo.plus(parametros.getPrazoAtrasadoApos()).isBefore(agora)) {
            motivo = MENSAGENS.texto("parada.prazo-pendente", proximoPrazo);
        } else if (proximoPrazo == null && ultimaAtividade != null
                && ultimaAtividade.plus(parametros.getParadaApos()).isBefore(agora)) {
            motivo = MENSAGENS.texto("parada.sem-atividade", ultimaAtividade);
        }
        return new SagaAtiva(linha.sagaId(), tipo, associacoes, iniciadaEm,
                iniciadaEm == null ? null : Duration.between(iniciadaEm, agora),
                estado.path("ultimoEvento").asText(null), ultimaAtividade, proximoPrazo, motivo != null, motivo);
    }

    private static Instant instante(JsonNode valor) {
        if (valor == null || valor.isNull()) {
            return null;
        }
        return valor.isNumber() ? Instant.ofEpochMilli((long) (valor.asDouble() * 1000)) : Instant.parse(valor.asText());
    }
}
