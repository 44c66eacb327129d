package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.processo.*;
import br.licenciamento.api.processo.PaginaDeProcessos;
import br.licenciamento.api.processo.PesquisarProcessos;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.ResumoProcesso;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps the PostgreSQL search model of licensing requests and answers searches from it. */
@Component
@ProcessingGroup(PesquisaDeProcessosProjection.GRUPO)
class PesquisaDeProcessosProjection {

    static final String GRUPO = "pesquisa-processos";

    private final JdbcClient jdbc;

    PesquisaDeProcessosProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ProcessoProtocolado evento) {
        jdbc.sql("""
                        INSERT INTO licenca_query.processo_resumo (processo_id, numero, requerente_id, empreendimento,
                            municipio_ibge, tipo_licenca, regime, situacao, protocolado_em)
                        VALUES (:id, :numero, :requerente, :empreendimento, :municipio, :tipo, :regime, :situacao, :em)
                        ON CONFLICT (processo_id) DO NOTHING""")
                .param("id", evento.processoId())
                .param("numero", evento.numero())
                .param("requerente", evento.requerenteId())
                .param("empreendimento", evento.empreendimento())
                .param("municipio", evento.municipioIbge())
                .param("tipo", evento.tipoLicenca().name())
                .param("regime", evento.regime().name())
                .param("situacao", SituacaoProcesso.PROTOCOLADO.name())
                .param("em", Timestamp.from(evento.protocoladoEm()))
                .update();
    }

    @EventHandler
    void on(ProcessoEnquadrado evento) {
        situacao(evento.processoId(), SituacaoProcesso.ENQUADRADO);
    }

    @EventHandler
    void on(GuiaDeTaxaEmitida evento) {
        situacao(evento.processoId(), SituacaoProcesso.AGUARDANDO_PAGAMENTO);
    }

    @EventHandler
    void on(PagamentoConfirmado evento) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ADMISSIBILIDADE);
    }

    @EventHandler
    void on(ProcessoAdmitido evento) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ANALISE);
    }

    @EventHandler
    void on(ProcessoNaoAdmitido evento) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ADMISSIBILIDADE);
    }

    @EventHandler
    void on(ComplementacaoSolicitada evento) {
        situacao(evento.processoId(), SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
    }

    @EventHandler
    void on(ComplementacaoAtendida evento) {
        situacao(evento.processoId(), SituacaoProcesso.EM_ANALISE);
    }

    @EventHandler
    void on(ProcessoDeferido evento) {
        situacao(evento.processoId(), SituacaoProcesso.DEFERIDO);
    }

    @EventHandler
    void on(ProcessoIndeferido evento) {
        situacao(evento.processoId(), SituacaoProcesso.INDEFERIDO);
    }

    @EventHandler
    void on(ProcessoArquivado evento) {
        situacao(evento.processoId(), SituacaoProcesso.ARQUIVADO);
    }

    @EventHandler
    void on(RecursoJulgado evento) {
        situacao(evento.processoId(), evento.situacaoResultante());
    }

    private void situacao(String processoId, SituacaoProcesso situacao) {
        jdbc.sql("UPDATE licenca_query.processo_resumo SET situacao = :situacao WHERE processo_id = :id")
                .param("situacao", situacao.name()).param("id", processoId).update();
    }

    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE licenca_query.processo_resumo").update();
    }

    @QueryHandler
    PaginaDeProcessos handle(PesquisarProcessos consulta) {
        List<String> condicoes = new ArrayList<>();
        Map<String, Object> parametros = new HashMap<>();
        if (consulta.situacao() != null) {
            condicoes.add("situacao = :situacao");
            parametros.put("situacao", consulta.situacao().name());
        }
        if (consulta.tipoLicenca() != null) {
            condicoes.add("tipo_licenca = :tipo");
            parametros.put("tipo", consulta.tipoLicenca().name());
        }
        if (consulta.municipioIbge() != null) {
            condicoes.add("municipio_ibge = :municipio");
            parametros.put("municipio", consulta.municipioIbge());
        }
        if (consulta.requerentesPermitidos() != null) {
            if (consulta.requerentesPermitidos().isEmpty()) {
                return new PaginaDeProcessos(List.of(), 0, consulta.pagina(), consulta.tamanho());
            }
            condicoes.add("requerente_id IN (:permitidos)");
            parametros.put("permitidos", List.copyOf(consulta.requerentesPermitidos()));
        }
        if (consulta.requerenteId() != null) {
            condicoes.add("requerente_id = :requerente");
            parametros.put("requerente", consulta.requerenteId());
        }
        String where = condicoes.isEmpty() ? "" : " WHERE " + String.join(" AND ", condicoes);
        long total = jdbc.sql("SELECT count(*) FROM licenca_query.processo_resumo" + where)
                .params(parametros).query(Long.class).single();
        List<ResumoProcesso> itens = jdbc.sql("SELECT * FROM licenca_query.processo_resumo" + where
                        + " ORDER BY protocolado_em DESC, processo_id LIMIT :limite OFFSET :deslocamento")
                .params(parametros)
                .param("limite", consulta.tamanho())
                .param("deslocamento", (long) consulta.pagina() * consulta.tamanho())
                .query((rs, i) -> new ResumoProcesso(
                        rs.getString("processo_id"),
                        rs.getString("numero"),
                        rs.getString("requerente_id"),
                        rs.getString("empreendimento"),
                        rs.getString("municipio_ibge"),
                        TipoLicenca.valueOf(rs.getString("tipo_licenca")),
                        RegimeJuridico.valueOf(rs.getString("regime")),
                        SituacaoProcesso.valueOf(rs.getString("situacao")),
                        rs.getTimestamp("protocolado_em").toInstant()))
                .list();
        return new PaginaDeProcessos(itens, total, consulta.pagina(), consulta.tamanho());
    }
}
