package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.comum.ChavesDeMetadados;
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
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Keeps the licence registry of the read side: one row per issued licence with its situation, validity, renewal and
 * sanctions, its conditions, and the filing data of the process it came from (municipality, activity, number).
 *
 * <p>It also keeps the versions of the licence certificate ({@code certificado/}): the issue is version 1, and a
 * changed condition, a suspension and a renewal each issue the next one, a copy of what the document prints as of that
 * event. In the same transaction as the registry, so a version always matches the registry at its event.
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
    static final int VERSAO = 2;
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

    /** The grant's legal basis, printed on every version of the certificate. */
    @EventHandler
    void on(ProcessoDeferido evento) {
        if (evento.licencaId() == null) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO licenca_query.licenca_deferimento (licenca_id, fundamentos) VALUES (:id, :fundamentos)
                        ON CONFLICT (licenca_id) DO UPDATE SET fundamentos = EXCLUDED.fundamentos""")
                .param("id", evento.licencaId())
                .param("fundamentos", evento.fundamentos())
                .update();
    }

    @EventHandler
    void on(LicencaEmitida evento, @SequenceNumber long sequencia,
            @MetaDataValue(ChavesDeMetadados.USUARIO) String usuario) {
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
        novaVersao(evento.licencaId(), sequencia, MotivoDaVersao.EMISSAO, evento.emitidaEm(), null, usuario);
    }

    @EventHandler
    void on(RenovacaoSolicitada evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "prorrogada_ate_decisao = :prorrogada, renovacao_solicitada_em = :em,",
                Map.of("prorrogada", evento.prorrogadaAteDecisao(), "em", Date.valueOf(evento.solicitadaEm())));
    }

    @EventHandler
    void on(LicencaRenovada evento, @SequenceNumber long sequencia,
            @MetaDataValue(ChavesDeMetadados.USUARIO) String usuario) {
        if (avancar(evento.licencaId(), sequencia, "prorrogada_ate_decisao = FALSE, renovacao_solicitada_em = NULL, "
                        + "valida_ate = :validaAte, renovada_em = :em,",
                Map.of("validaAte", Date.valueOf(evento.validaAte()), "em", Date.valueOf(evento.renovadaEm())))) {
            novaVersao(evento.licencaId(), sequencia, MotivoDaVersao.RENOVACAO, evento.renovadaEm(), evento.fundamentos(),
                    usuario);
        }
    }

    /** Refused: the licence keeps its original validity, which may already have ended. */
    @EventHandler
    void on(RenovacaoIndeferida evento, @SequenceNumber long sequencia) {
        avancar(evento.licencaId(), sequencia, "prorrogada_ate_decisao = FALSE, renovacao_solicitada_em = NULL,", Map.of());
    }

    @EventHandler
    void on(LicencaSuspensa evento, @SequenceNumber long sequencia,
            @MetaDataValue(ChavesDeMetadados.USUARIO) String usuario) {
        if (avancar(evento.licencaId(), sequencia, "situacao = :situacao, suspensa_em = :em,",
                Map.of("situacao", SituacaoLicenca.SUSPENSA.name(), "em", Date.valueOf(evento.suspensaEm())))) {
            novaVersao(evento.licencaId(), sequencia, MotivoDaVersao.SUSPENSAO, evento.suspensaEm(), evento.fundamentos(),
                    usuario);
        }
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
    void on(CondicionanteAlterada evento, @SequenceNumber long sequencia,
            @MetaDataValue(ChavesDeMetadados.USUARIO) String usuario) {
        if (avancar(evento.licencaId(), sequencia, "", Map.of())) {
            condicionante(evento.licencaId(), evento.condicionanteId(), "descricao = :descricao, prazo = :prazo",
                    Map.of("descricao", evento.descricao(), "prazo", Date.valueOf(evento.prazo())));
            novaVersao(evento.licencaId(), sequencia, MotivoDaVersao.ALTERACAO_DE_CONDICIONANTE, evento.alteradaEm(),
                    evento.fundamentos(), usuario);
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
        jdbc.sql("TRUNCATE licenca_query.licenca_registro, licenca_query.licenca_condicionante, licenca_query.licenca_processo,"
                        + " licenca_query.licenca_certificado, licenca_query.licenca_certificado_condicionante,"
                        + " licenca_query.licenca_deferimento")
                .update();
    }

    /**
     * The next version of the certificate, as of this event: the registry row and conditions just written, the act's
     * legal basis and who performed it. Numbered in event order, so a replay numbers them the same.
     */
    private void novaVersao(String licencaId, long sequencia, MotivoDaVersao motivo, LocalDate em, String fundamentos,
                            String usuario) {
        int inseridas = jdbc.sql("""
                        INSERT INTO licenca_query.licenca_certificado (licenca_id, versao, sequencia, motivo, emitida_em,
                            valida_ate, situacao, suspensa_em, fundamentos, assinada_por)
                        SELECT r.licenca_id, COALESCE((SELECT max(c.versao) FROM licenca_query.licenca_certificado c
                                WHERE c.licenca_id = r.licenca_id), 0) + 1,
                            :sequencia, :motivo, :em, r.valida_ate, r.situacao, r.suspensa_em, :fundamentos, :usuario
                        FROM licenca_query.licenca_registro r WHERE r.licenca_id = :id
                        ON CONFLICT DO NOTHING""")
                .param("id", licencaId)
                .param("sequencia", sequencia)
                .param("motivo", motivo.name())
                .param("em", Date.valueOf(em))
                .param("fundamentos", fundamentos)
                .param("usuario", ChavesDeMetadados.USUARIO_ANONIMO.equals(usuario) ? null : usuario)
                .update();
        if (inseridas == 1) {
            jdbc.sql("""
                            INSERT INTO licenca_query.licenca_certificado_condicionante (licenca_id, versao, ordem, descricao, prazo)
                            SELECT c.licenca_id, v.versao, c.ordem, c.descricao, c.prazo
                            FROM licenca_query.licenca_condicionante c
                            JOIN licenca_query.licenca_certificado v ON v.licenca_id = c.licenca_id AND v.sequencia = :sequencia
                            WHERE c.licenca_id = :id""")
                    .param("id", licencaId)
                    .param("sequencia", sequencia)
                    .update();
        }
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
