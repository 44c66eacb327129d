package br.licenciamento.notificacao.monitoramento;

import br.licenciamento.notificacao.ParametrosDasSagas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Operations: the active sagas, read from Axon's saga store. Each saga of this module keeps its deadlines and its
 * last activity in its own serialized state ({@code SagaComPrazos}), which is what this shows; a saga is flagged
 * stuck when a deadline stayed pending well past its time, or when nothing is scheduled and nothing happened for
 * the configured time.
 */
@RestController
@RequestMapping("/api/v1/ops/sagas")
@Tag(name = "Operacao")
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

    record Panorama(Duration paradaApos, Duration prazoAtrasadoApos, List<PorTipo> tipos, List<SagaAtiva> sagas) {
    }

    private record Linha(String sagaId, String tipo, byte[] estado) {
    }

    @GetMapping
    @Operation(summary = "Sagas ativas por tipo, com associacoes, proximo prazo, idade, ultimo evento e as paradas")
    Panorama listar(@RequestParam(required = false) String tipo, @RequestParam(defaultValue = "false") boolean paradas) {
        Instant agora = relogio.instant();
        Map<String, Map<String, List<String>>> associacoes = new LinkedHashMap<>();
        jdbc.sql("SELECT saga_id, association_key, association_value FROM axon.association_value_entry ORDER BY id")
                .query(rs -> {
                    associacoes.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                            .computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
                });
        List<SagaAtiva> todas = jdbc.sql("SELECT saga_id, saga_type, serialized_saga FROM axon.saga_entry")
                .query((rs, i) -> new Linha(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list().stream()
                .map(l -> descrever(l, associacoes.getOrDefault(l.sagaId(), Map.of()), agora))
                .sorted(Comparator.comparing(SagaAtiva::tipo).thenComparing(SagaAtiva::sagaId))
                .toList();
        Map<String, long[]> contagem = new TreeMap<>();
        for (SagaAtiva saga : todas) {
            long[] c = contagem.computeIfAbsent(saga.tipo(), k -> new long[2]);
            c[0]++;
            c[1] += saga.parada() ? 1 : 0;
        }
        List<SagaAtiva> filtradas = todas.stream()
                .filter(s -> tipo == null || s.tipo().equals(tipo))
                .filter(s -> !paradas || s.parada())
                .limit(500)
                .toList();
        return new Panorama(parametros.getParadaApos(), parametros.getPrazoAtrasadoApos(),
                contagem.entrySet().stream().map(e -> new PorTipo(e.getKey(), e.getValue()[0], e.getValue()[1])).toList(),
                filtradas);
    }

    private SagaAtiva descrever(Linha linha, Map<String, List<String>> associacoes, Instant agora) {
        String tipo = linha.tipo().substring(linha.tipo().lastIndexOf('.') + 1);
        JsonNode estado;
        try {
            estado = linha.estado() == null ? JSON.createObjectNode() : JSON.readTree(linha.estado());
        } catch (IOException e) {
            return new SagaAtiva(linha.sagaId(), tipo, associacoes, null, null, null, null, null, true,
                    "estado ilegivel: " + e.getMessage());
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
            motivo = "prazo de " + proximoPrazo + " ainda pendente";
        } else if (proximoPrazo == null && ultimaAtividade != null
                && ultimaAtividade.plus(parametros.getParadaApos()).isBefore(agora)) {
            motivo = "sem prazo agendado e sem eventos desde " + ultimaAtividade;
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
