package br.licenciamento.app.confiabilidade;

import br.licenciamento.api.processo.DocumentacaoEntregue;
import br.licenciamento.api.processo.GuiaDeTaxaEmitida;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.PagamentoConfirmado;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.notificacao.analise.PrazoDeAnaliseSaga;
import br.licenciamento.notificacao.complementacao.ComplementacaoSaga;
import br.licenciamento.notificacao.taxa.TaxaSaga;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the saga store, the deadline store and the notification log must hold for the licensing requests in the event
 * store, checked on one consistent snapshot of the database. The expectation is derived from each request's events
 * with the start and end rules of the three sagas a filing starts (see notificacao-saga/README.md), for the events the
 * crash test's load produces; any other process event is reported, so the mirror cannot silently fall behind.
 * <ul>
 *   <li>{@code PrazoDeAnaliseSaga}: from the filing until archived; classification with a due date schedules the 80%
 *   alert and the breach;</li>
 *   <li>{@code ComplementacaoSaga}: from the filing until archived (no deadline without a complementation);</li>
 *   <li>{@code TaxaSaga}: from the filing until paid or archived; every slip (re)schedules the payment deadline, which
 *   cancels the request when it fires unpaid.</li>
 * </ul>
 */
final class ConferenciaDeSagas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TAREFA_DE_PRAZO = "AxonDeadline";
    private static final Map<String, String> TIPOS = Map.of(
            PrazoDeAnaliseSaga.class.getName(), "analise",
            ComplementacaoSaga.class.getName(), "complementacao",
            TaxaSaga.class.getName(), "taxa");

    /**
     * The result of one check: the figures and every divergence (empty when store and expectation agree).
     * {@code sagasAtivasPorTipo} is keyed by the saga's simple class name, as the operations API names them.
     */
    record Resultado(int processos, Map<String, Integer> sagasAtivasPorTipo, int prazosAgendados, int prazosEsperados,
                     int guias, int guiasSemPagamento, List<Disparo> disparos, int retidosPorExecucaoInterrompida,
                     int notificacoesConferidas, List<String> divergencias) {
    }

    /** A payment deadline that fired: when its slip was issued and when the request was cancelled by it. */
    record Disparo(String processoId, Instant guiaEmitidaEm, Instant disparadoEm) {
    }

    private static final class Esperado {
        final Map<String, Boolean> ativa = new LinkedHashMap<>(Map.of("analise", false, "complementacao", false, "taxa", false));
        final Map<String, Set<String>> prazos = new HashMap<>(Map.of("analise", new LinkedHashSet<>(), "taxa", new LinkedHashSet<>()));
        Instant ultimaGuiaEm;
        int guias;
        boolean pago;
        Instant canceladoPorTaxaEm;
    }

    private record Saga(String id, String classe, String tipo, String processoId, Map<String, Agendamento> agendamentos) {
    }

    private record Agendamento(String chave, String id, Instant quando) {
    }

    private record Tarefa(String id, Instant quando, boolean pega, Instant ultimoSinal) {
    }

    private ConferenciaDeSagas() {
    }

    /**
     * @param ultimoInicio start of the running platform: a deadline still marked as taken with no sign of life since
     *                     then was taken by a killed run and is only released when db-scheduler declares that run dead
     */
    static Resultado conferir(Connection banco, Instant ultimoInicio) throws SQLException {
        boolean autoCommit = banco.getAutoCommit();
        int isolamento = banco.getTransactionIsolation();
        banco.setAutoCommit(false);
        banco.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            return conferirNoInstantaneo(banco, ultimoInicio);
        } finally {
            banco.rollback();
            banco.setTransactionIsolation(isolamento);
            banco.setAutoCommit(autoCommit);
        }
    }

    private static Resultado conferirNoInstantaneo(Connection banco, Instant ultimoInicio) throws SQLException {
        List<String> divergencias = new ArrayList<>();
        Map<String, Esperado> esperados = esperados(banco, divergencias);
        List<Saga> sagas = sagas(banco);
        Map<String, Tarefa> tarefas = tarefas(banco);

        Map<String, Map<String, List<Saga>>> porProcesso = new HashMap<>();
        Map<String, Integer> ativasPorTipo = new TreeMap<>();
        for (Saga saga : sagas) {
            ativasPorTipo.merge(saga.classe(), 1, Integer::sum);
            if (saga.processoId() == null) {
                divergencias.add("saga " + saga.tipo() + " " + saga.id() + " sem associacao a um processo");
                continue;
            }
            porProcesso.computeIfAbsent(saga.processoId(), k -> new HashMap<>())
                    .computeIfAbsent(saga.tipo(), k -> new ArrayList<>()).add(saga);
        }

        int prazosEsperados = 0;
        int guiasSemPagamento = 0;
        int retidos = 0;
        List<Disparo> disparos = new ArrayList<>();
        Set<String> tarefasDeSagas = new LinkedHashSet<>();
        for (Map.Entry<String, Esperado> e : esperados.entrySet()) {
            String processo = e.getKey();
            Esperado esperado = e.getValue();
            Map<String, List<Saga>> existentes = porProcesso.getOrDefault(processo, Map.of());
            for (Map.Entry<String, Boolean> tipo : esperado.ativa.entrySet()) {
                List<Saga> achadas = existentes.getOrDefault(tipo.getKey(), List.of());
                if (tipo.getValue() && achadas.isEmpty()) {
                    divergencias.add(processo + ": saga " + tipo.getKey() + " perdida");
                } else if (achadas.size() > 1) {
                    divergencias.add(processo + ": saga " + tipo.getKey() + " duplicada (" + achadas.size() + ")");
                } else if (!tipo.getValue() && !achadas.isEmpty()) {
                    divergencias.add(processo + ": saga " + tipo.getKey() + " ativa depois do evento que a encerra");
                }
                if (achadas.size() != 1) {
                    continue;
                }
                Saga saga = achadas.get(0);
                Set<String> devidos = esperado.prazos.getOrDefault(tipo.getKey(), Set.of());
                prazosEsperados += devidos.size();
                if (!saga.agendamentos().keySet().equals(devidos)) {
                    divergencias.add(processo + ": saga " + tipo.getKey() + " com prazos " + saga.agendamentos().keySet()
                            + ", esperados " + devidos);
                }
                for (Agendamento a : saga.agendamentos().values()) {
                    tarefasDeSagas.add(a.id());
                    Tarefa tarefa = tarefas.get(a.id());
                    if (tarefa == null) {
                        divergencias.add(processo + ": prazo " + a.chave() + " da saga " + tipo.getKey()
                                + " perdido (no estado da saga, ausente do agendador)");
                    } else if (Duration.between(a.quando(), tarefa.quando()).abs().toSeconds() > 1) {
                        divergencias.add(processo + ": prazo " + a.chave() + " agendado para " + tarefa.quando()
                                + ", a saga espera " + a.quando());
                    }
                }
            }
            // An unpaid slip's deadline must have fired and cancelled the request by now.
            if (esperado.guias > 0 && !esperado.pago) {
                guiasSemPagamento++;
                if (esperado.canceladoPorTaxaEm != null) {
                    disparos.add(new Disparo(processo, esperado.ultimaGuiaEm, esperado.canceladoPorTaxaEm));
                } else {
                    List<Saga> taxa = existentes.getOrDefault("taxa", List.of());
                    Agendamento pagamento = taxa.size() == 1 ? taxa.get(0).agendamentos().get(TaxaSaga.PAGAMENTO) : null;
                    Tarefa tarefa = pagamento == null ? null : tarefas.get(pagamento.id());
                    if (tarefa != null && tarefa.pega() && (tarefa.ultimoSinal() == null || tarefa.ultimoSinal().isBefore(ultimoInicio))) {
                        retidos++;
                    } else {
                        divergencias.add(processo + ": guia emitida em " + esperado.ultimaGuiaEm + " sem pagamento e sem "
                                + "cancelamento" + (pagamento == null ? " (nenhum prazo de pagamento agendado)"
                                : " (prazo de pagamento para " + pagamento.quando() + ")"));
                    }
                }
            }
        }
        for (Map.Entry<String, Map<String, List<Saga>>> p : porProcesso.entrySet()) {
            if (!esperados.containsKey(p.getKey())) {
                divergencias.add(p.getKey() + ": sagas " + p.getValue().keySet() + " de um processo ausente do event store");
            }
        }
        // Every deadline row belongs to a live saga that keeps it, unless an execution holds it right now (or held it
        // when a run was killed: such a row is released by db-scheduler's dead-execution check).
        for (Tarefa tarefa : tarefas.values()) {
            if (!tarefasDeSagas.contains(tarefa.id()) && !tarefa.pega()) {
                divergencias.add("prazo orfao no agendador: " + tarefa.id() + " para " + tarefa.quando());
            }
        }
        int notificacoes = conferirNotificacoes(banco, esperados, divergencias);
        return new Resultado(esperados.size(), ativasPorTipo, tarefas.size(), prazosEsperados,
                esperados.values().stream().mapToInt(e -> e.guias).sum(), guiasSemPagamento, disparos, retidos, notificacoes,
                divergencias);
    }

    /** Replays each request's events through the sagas' start and end rules. */
    private static Map<String, Esperado> esperados(Connection banco, List<String> divergencias) throws SQLException {
        Map<String, Esperado> esperados = new LinkedHashMap<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT aggregate_identifier, payload_type, payload, time_stamp FROM axon.domain_event_entry
                WHERE payload_type LIKE 'br.licenciamento.api.processo.%'
                ORDER BY aggregate_identifier, sequence_number""");
             ResultSet rs = sql.executeQuery()) {
            while (rs.next()) {
                String processo = rs.getString(1);
                String tipo = rs.getString(2);
                JsonNode evento = JSON.readTree(rs.getBytes(3));
                Instant quando = Instant.parse(rs.getString(4));
                Esperado e = esperados.get(processo);
                if (tipo.equals(ProcessoProtocolado.class.getName())) {
                    e = new Esperado();
                    esperados.put(processo, e);
                    e.ativa.replaceAll((k, v) -> true);
                    continue;
                }
                if (e == null) {
                    divergencias.add(processo + ": " + tipo + " antes do protocolo");
                    continue;
                }
                if (tipo.equals(ProcessoEnquadrado.class.getName())) {
                    // LAC has no prior analysis; otherwise the clock runs from classification, or (Lei 15.190) from
                    // the delivery of the last required document.
                    if ("LAC".equals(evento.path("modalidade").asString())) {
                        e.ativa.put("analise", false);
                    } else if (e.ativa.get("analise") && !evento.path("prazoAnaliseAte").isNull()
                            && !evento.path("prazoAnaliseAte").isMissingNode()) {
                        e.prazos.get("analise").addAll(List.of(PrazoDeAnaliseSaga.ALERTA, PrazoDeAnaliseSaga.EXCEDIDO));
                    }
                } else if (tipo.equals(DocumentacaoEntregue.class.getName())) {
                    if (e.ativa.get("analise")) {
                        e.prazos.get("analise").addAll(List.of(PrazoDeAnaliseSaga.ALERTA, PrazoDeAnaliseSaga.EXCEDIDO));
                    }
                } else if (tipo.equals(GuiaDeTaxaEmitida.class.getName())) {
                    e.guias++;
                    e.ultimaGuiaEm = quando;
                    if (e.ativa.get("taxa")) {
                        e.prazos.get("taxa").add(TaxaSaga.PAGAMENTO);
                    }
                } else if (tipo.equals(PagamentoConfirmado.class.getName())) {
                    e.pago = true;
                    e.ativa.put("taxa", false);
                } else if (tipo.equals(ProcessoArquivado.class.getName())) {
                    if (MotivoDeArquivamento.TAXA_NAO_PAGA.name().equals(evento.path("motivo").asString())) {
                        e.canceladoPorTaxaEm = quando;
                    }
                    e.ativa.replaceAll((k, v) -> false);
                } else {
                    divergencias.add(processo + ": evento " + tipo + " fora do que esta conferencia sabe esperar");
                }
            }
        }
        for (Esperado e : esperados.values()) {
            e.prazos.forEach((tipo, prazos) -> {
                if (!e.ativa.get(tipo)) {
                    prazos.clear();
                }
            });
        }
        return esperados;
    }

    private static List<Saga> sagas(Connection banco) throws SQLException {
        List<Saga> sagas = new ArrayList<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT s.saga_id, s.saga_type, s.serialized_saga,
                       (SELECT min(a.association_value) FROM axon.association_value_entry a
                        WHERE a.saga_id = s.saga_id AND a.association_key = 'processoId')
                FROM axon.saga_entry s""");
             ResultSet rs = sql.executeQuery()) {
            while (rs.next()) {
                String tipo = TIPOS.getOrDefault(rs.getString(2), rs.getString(2));
                Map<String, Agendamento> agendamentos = new TreeMap<>();
                JsonNode estado = JSON.readTree(rs.getBytes(3));
                for (Map.Entry<String, JsonNode> a : estado.path("agendamentos").properties()) {
                    agendamentos.put(a.getKey(), new Agendamento(a.getKey(), a.getValue().path("id").asString(),
                            instante(a.getValue().path("quando"))));
                }
                String classe = rs.getString(2).substring(rs.getString(2).lastIndexOf('.') + 1);
                sagas.add(new Saga(rs.getString(1), classe, tipo, rs.getString(4), agendamentos));
            }
        }
        return sagas;
    }

    private static Map<String, Tarefa> tarefas(Connection banco) throws SQLException {
        Map<String, Tarefa> tarefas = new LinkedHashMap<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT task_instance, execution_time, picked, last_heartbeat FROM notificacao.scheduled_tasks
                WHERE task_name = ?""")) {
            sql.setString(1, TAREFA_DE_PRAZO);
            try (ResultSet rs = sql.executeQuery()) {
                while (rs.next()) {
                    java.sql.Timestamp sinal = rs.getTimestamp(4);
                    tarefas.put(rs.getString(1), new Tarefa(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3),
                            sinal == null ? null : sinal.toInstant()));
                }
            }
        }
        return tarefas;
    }

    /**
     * Each slip told the applicant once, and each cancellation for an unpaid slip too: the notification is written in
     * the saga's transaction, so a crash neither loses it nor (unique key) repeats it.
     */
    private static int conferirNotificacoes(Connection banco, Map<String, Esperado> esperados, List<String> divergencias)
            throws SQLException {
        Map<String, Integer> guias = new HashMap<>();
        Map<String, Integer> cancelamentos = new HashMap<>();
        try (PreparedStatement sql = banco.prepareStatement("""
                SELECT processo_id, tipo, count(*) FROM notificacao.notificacao
                WHERE tipo IN ('GUIA_EMITIDA', 'CANCELADO_SEM_PAGAMENTO') GROUP BY 1, 2""");
             ResultSet rs = sql.executeQuery()) {
            while (rs.next()) {
                ("GUIA_EMITIDA".equals(rs.getString(2)) ? guias : cancelamentos).put(rs.getString(1), rs.getInt(3));
            }
        }
        int conferidas = 0;
        for (Map.Entry<String, Esperado> e : esperados.entrySet()) {
            int guiasAvisadas = guias.getOrDefault(e.getKey(), 0);
            int cancelamentosAvisados = cancelamentos.getOrDefault(e.getKey(), 0);
            int cancelamentosEsperados = e.getValue().canceladoPorTaxaEm == null ? 0 : 1;
            if (guiasAvisadas != e.getValue().guias) {
                divergencias.add(e.getKey() + ": " + guiasAvisadas + " avisos de guia para " + e.getValue().guias + " guias");
            }
            if (cancelamentosAvisados != cancelamentosEsperados) {
                divergencias.add(e.getKey() + ": " + cancelamentosAvisados + " avisos de cancelamento, esperado "
                        + cancelamentosEsperados);
            }
            conferidas += guiasAvisadas + cancelamentosAvisados;
        }
        return conferidas;
    }

    /** Jackson 2 writes an Instant as decimal seconds by default, or as ISO text when configured to. */
    private static Instant instante(JsonNode valor) {
        if (valor.isNumber()) {
            java.math.BigDecimal segundos = valor.decimalValue();
            return Instant.ofEpochSecond(segundos.longValue(),
                    segundos.remainder(java.math.BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(valor.asString());
    }
}
