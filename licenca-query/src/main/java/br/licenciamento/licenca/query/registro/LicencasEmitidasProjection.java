package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.licenca.CondicionanteAlterada;
import br.licenciamento.api.licenca.CondicionanteDescumprida;
import br.licenciamento.api.licenca.LicencaCancelada;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.licenca.LicencaRenovada;
import br.licenciamento.api.licenca.LicencaSuspensa;
import br.licenciamento.api.licenca.LicencaVencida;
import br.licenciamento.api.licenca.RelatorioDeCondicionanteAvaliado;
import br.licenciamento.api.licenca.RenovacaoIndeferida;
import br.licenciamento.api.licenca.RenovacaoSolicitada;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;
import java.util.Map;

/**
 * Keeps the licence registry of the read side: one row per issued licence with its situation, validity, renewal and
 * sanctions, its conditions, and the filing data of the process it came from (municipality, activity, number).
 *
 * <p>Idempotent: a licence row remembers the sequence number of the last licence event applied and every change to
 * the licence or its conditions happens only for a newer event; the filing data is an upsert. A reset truncates the
 * three tables, so a replay rebuilds them from scratch.
 */
@Component
@ProcessingGroup(LicencasEmitidasProjection.GRUPO)
@VersaoDaProjecao(LicencasEmitidasProjection.VERSAO)
class LicencasEmitidasProjection {

    /** Bumped whenever what the projection writes changes, so the read model is rebuilt on deploy. */
    static final int VERSAO = 1;
    static final String GRUPO = "licencas-emitidas";

    private final JdbcClient jdbc;

    LicencasEmitidasProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The licence event names only the process; where and what the activity is comes from the filing. */
    @EventHandler
    void on(ProcessoProtocolado evento) {
        jdbc.sql("""
                        INSERT INTO licenca_query.licenca_processo (processo_id, numero, cnae, municipio_ibge)
                        VALUES (:id, :numero, :cnae, :municipio)
                        ON CONFLICT (processo_id) DO UPDATE SET numero = EXCLUDED.numero, cnae = EXCLUDED.cnae,
                            municipio_ibge = EXCLUDED.municipio_ibge""")
                .param("id", evento.processoId())
                .param("numero", evento.numero())
                .param("cnae", evento.cnae())
                .param("municipio", evento.municipioIbge())
                .update();
        // Should the processor ever run in several segments, the licence may arrive before its filing: complete it.
        jdbc.sql("""
                        UPDATE licenca_query.licenca_registro SET processo_numero = :numero, cnae = :cnae,
                            municipio_ibge = :municipio
                        WHERE processo_id = :id AND processo_numero IS NULL""")
                .param("id", evento.processoId())
                .param("numero", evento.numero())
                .param("cnae", evento.cnae())
                .param("municipio", evento.municipioIbge())
                .update();
    }

    @EventHandler
    void on(LicencaEmitida evento, @SequenceNumber long sequencia) {
        int inseridas = jdbc.sql("""
                        INSERT INTO licenca_query.licenca_registro (licenca_id, numero, codigo_autenticidade, processo_id,
                            processo_numero, requerente_id, empreendimento_id, empreendimento, cnae, municipio_ibge,
                            tipo_licenca, regime, emitida_em, valida_ate, situacao, ultima_sequencia)
                        VALUES (:id, :numero, :codigo, :processo,
                            (SELECT numero FROM licenca_query.licenca_processo WHERE processo_id = :processo),
                            :requerente, :empreendimentoId, :empreendimento,
                            (SELECT cnae FROM licenca_query.licenca_processo WHERE processo_id = :processo),
                            (SELECT municipio_ibge FROM licenca_query.licenca_processo WHERE processo_id = :processo),
                            :tipo, :regime, :emitidaEm, :validaAte, :situacao, :sequencia)
                        ON CONFLICT (licenca_id) DO NOTHING""")
                .param("id", evento.licencaId())
                .param("numero", evento.numero())
                .param("codigo", evento.codigoAutenticidade())
                .param("processo", evento.processoId())
                .param("requerente", evento.requerenteId())
                .param("empreendimentoId", evento.empreendimentoId())
                .param("empreendimento", evento.empreendimento())
                .param("tipo", evento.tipoLicenca().name())
                .param("regime", evento.regime().name())
                .param("emitidaEm", Date.valueOf(evento.emitidaEm()))
                .param("validaAte", Date.valueOf(evento.validaAte()))
                .param("situacao", SituacaoLicenca.VIGENTE.name())
                .param("sequencia", sequencia)
                .update();
        if (inseridas == 0) {
            return;
        }
        List<CondicionanteDefinida> condicionantes = evento.condicionantes() == null ? List.of() : evento.condicionantes();
        for (int i = 0; i < condicionantes.size(); i++) {
            CondicionanteDefinida condicionante = condicionantes.get(i);
            jdbc.sql("""
                            INSERT INTO licenca_query.licenca_condicionante (licenca_id, condicionante_id, ordem, descricao, prazo)
                            VALUES (:licenca, :id, :ordem, :descricao, :prazo)
                            ON CONFLICT (licenca_id, condicionante_id) DO NOTHING""")
                    .param("licenca", evento.licencaId())
                    .param("id", condicionante.condicionanteId())
                    .param("ordem", i)
                    .param("descricao", condicionante.descricao())
                    .param("prazo", Date.valueOf(condicionante.prazo()))
                    .update();
        }
    }

    @EventHandler
    void on(RenovacaoSolicitada evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "prorrogada_ate_decisao = :prorrogada, renovacao_solicitada_em = :em,",
                Map.of("prorrogada", evento.prorrogadaAteDecisao(), "em", Date.valueOf(evento.solicitadaEm())));
    }

    @EventHandler
    void on(LicencaRenovada evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "prorrogada_ate_decisao = FALSE, renovacao_solicitada_em = NULL, "
                        + "valida_ate = :validaAte, renovada_em = :em,",
                Map.of("validaAte", Date.valueOf(evento.validaAte()), "em", Date.valueOf(evento.renovadaEm())));
    }

    /** Refused: the licence keeps its original validity, which may already have ended. */
    @EventHandler
    void on(RenovacaoIndeferida evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "prorrogada_ate_decisao = FALSE, renovacao_solicitada_em = NULL,", Map.of());
    }

    @EventHandler
    void on(LicencaSuspensa evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "situacao = :situacao, suspensa_em = :em,",
                Map.of("situacao", SituacaoLicenca.SUSPENSA.name(), "em", Date.valueOf(evento.suspensaEm())));
    }

    @EventHandler
    void on(LicencaCancelada evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "situacao = :situacao, cancelada_em = :em,",
                Map.of("situacao", SituacaoLicenca.CANCELADA.name(), "em", Date.valueOf(evento.canceladaEm())));
    }

    @EventHandler
    void on(LicencaVencida evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "situacao = :situacao, vencida_em = :em,",
                Map.of("situacao", SituacaoLicenca.VENCIDA.name(), "em", Date.valueOf(evento.constatadaEm())));
    }

    @EventHandler
    void on(CondicionanteAlterada evento, @SequenceNumber long sequencia) {
        if (avancar(evento.licencaId(), sequencia, "", Map.of())) {
            condicionante(evento.licencaId(), evento.condicionanteId(), "descricao = :descricao, prazo = :prazo",
                    Map.of("descricao", evento.descricao(), "prazo", Date.valueOf(evento.prazo())));
        }
    }

    /** An approved report fulfils the condition, even one already recorded as breached. */
    @EventHandler
    void on(RelatorioDeCondicionanteAvaliado evento, @SequenceNumber long sequencia) {
        if (avancar(evento.licencaId(), sequencia, "", Map.of()) && evento.aprovado()) {
            condicionante(evento.licencaId(), evento.condicionanteId(), "cumprida_em = :em",
                    Map.of("em", Date.valueOf(evento.avaliadoEm())));
        }
    }

    @EventHandler
    void on(CondicionanteDescumprida evento, @SequenceNumber long sequencia) {
        if (avancar(evento.licencaId(), sequencia, "", Map.of())) {
            condicionante(evento.licencaId(), evento.condicionanteId(), "descumprida_em = :em",
                    Map.of("em", Date.valueOf(evento.constatadaEm())));
        }
    }

    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE licenca_query.licenca_registro, licenca_query.licenca_condicionante, licenca_query.licenca_processo")
                .update();
    }

    /**
     * Moves the licence row to this event, with the given assignments (each ending in a comma), only when the event
     * is newer than the last one applied. Answers whether it was, so changes to the conditions follow the same rule.
     */
    private boolean avancar(String licencaId, long sequencia, String atribuicoes, Map<String, ?> valores) {
        return jdbc.sql("UPDATE licenca_query.licenca_registro SET " + atribuicoes + " ultima_sequencia = :sequencia"
                        + " WHERE licenca_id = :id AND ultima_sequencia < :sequencia")
                .params(valores)
                .param("id", licencaId)
                .param("sequencia", sequencia)
                .update() == 1;
    }

    private void condicionante(String licencaId, String condicionanteId, String atribuicoes, Map<String, ?> valores) {
        jdbc.sql("UPDATE licenca_query.licenca_condicionante SET " + atribuicoes
                        + " WHERE licenca_id = :licenca AND condicionante_id = :id")
                .params(valores)
                .param("licenca", licencaId)
                .param("id", condicionanteId)
                .update();
    }
}
