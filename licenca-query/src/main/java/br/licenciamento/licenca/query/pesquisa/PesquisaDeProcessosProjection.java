package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.AnalistaAtribuido;
import br.licenciamento.api.processo.AudienciaPublicaSolicitada;
import br.licenciamento.api.processo.ComplementacaoAtendida;
import br.licenciamento.api.processo.ComplementacaoSolicitada;
import br.licenciamento.api.processo.DocumentacaoEntregue;
import br.licenciamento.api.processo.GuiaDeTaxaEmitida;
import br.licenciamento.api.processo.PagamentoConfirmado;
import br.licenciamento.api.processo.PaginaDeProcessos;
import br.licenciamento.api.processo.ConsultaDeProcessos;
import br.licenciamento.api.processo.ProcessoAdmitido;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.ProcessoNaoAdmitido;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.ResumoProcesso;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnuenciaExigida;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.Interferencia;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import br.licenciamento.licenca.query.leitura.LeituraNumInstante;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import br.licenciamento.platform.projecao.EscritasDoLote;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the PostgreSQL search model of licensing requests (one row per process, with the analysis clock) and the
 * decisions the statistics measure, and answers searches from them.
 *
 * <p>Idempotent: each row remembers the sequence number of the last event of its process applied, and an event not
 * newer than that changes nothing; decisions are keyed by process and event sequence. A reset truncates both
 * tables, so a replay rebuilds them from scratch.
 */
@Component
@ProcessingGroup(PesquisaDeProcessosProjection.GRUPO)
@VersaoDaProjecao(PesquisaDeProcessosProjection.VERSAO)
class PesquisaDeProcessosProjection {

    /** Bumped whenever what the projection writes changes, so the read model is rebuilt on deploy (2: analyst, due dates and pauses added to the search model; 3: location, competence, touched features, consents). */
    static final int VERSAO = 3;
    static final String GRUPO = "pesquisa-processos";

    /** Consents the latest analysis requires and nobody recorded yet. */
    private static final String ANUENCIAS_PENDENTES = "(SELECT count(*) FROM licenca_query.processo_anuencia a"
            + " WHERE a.processo_id = processo_resumo.processo_id AND a.exigida AND NOT a.registrada)";
    /** The event is newer than the last one the process's row applied (the projection's idempotency guard). */
    private static final String EVENTO_NOVO = "EXISTS (SELECT 1 FROM licenca_query.processo_resumo"
            + " WHERE processo_id = :id AND ultima_sequencia < :sequencia)";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate jdbcNomeado;
    private final Clock relogio;
    private final LeituraNumInstante leitura;
    /** The batch's row changes, in event order. */
    private final EscritasDoLote<List<SqlParameterSource>> doLote =
            new EscritasDoLote<>(PesquisaDeProcessosProjection.class, ArrayList::new, this::gravar);

    PesquisaDeProcessosProjection(JdbcClient jdbc, NamedParameterJdbcTemplate jdbcNomeado, Clock relogio,
                                  LeituraNumInstante leitura) {
        this.jdbc = jdbc;
        this.jdbcNomeado = jdbcNomeado;
        this.relogio = relogio;
        this.leitura = leitura;
    }

    @EventHandler
    void on(ProcessoProtocolado evento, @SequenceNumber long sequencia) {
        jdbc.sql("""
                        INSERT INTO licenca_query.processo_resumo (processo_id, numero, requerente_id, empreendimento_id,
                            empreendimento, cnae, municipio_ibge, tipo_licenca, regime, situacao, protocolado_em,
                            inicio_contagem, ultima_sequencia)
                        VALUES (:id, :numero, :requerente, :empreendimentoId, :empreendimento, :cnae, :municipio, :tipo,
                            :regime, :situacao, :em, :inicio, :sequencia)
                        ON CONFLICT (processo_id) DO NOTHING""")
                .param("id", evento.processoId())
                .param("numero", evento.numero())
                .param("requerente", evento.requerenteId())
                .param("empreendimentoId", evento.empreendimentoId())
                .param("empreendimento", evento.empreendimento())
                .param("cnae", evento.cnae())
                .param("municipio", evento.municipioIbge())
                .param("tipo", evento.tipoLicenca().name())
                .param("regime", evento.regime().name())
                .param("situacao", SituacaoProcesso.PROTOCOLADO.name())
                .param("em", Timestamp.from(evento.protocoladoEm()))
                // The agency clock counts from the filing day (docs/dominio.md: analysis time from filing).
                .param("inicio", Date.valueOf(DiasLegais.dia(evento.protocoladoEm())))
                .param("sequencia", sequencia)
                .update();
    }

    @EventHandler
    void on(ProcessoEnquadrado evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia,
                AlteracaoDoResumo.situacao(SituacaoProcesso.ENQUADRADO).comPrazo(evento.prazoAnaliseAte()));
    }

    /** Lei 15.190 art. 47: the agency clock starts on the day the last required document arrived. */
    @EventHandler
    void on(DocumentacaoEntregue evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia,
                AlteracaoDoResumo.prazo(evento.prazoAnaliseAte()).contagemReiniciadaEm(evento.entregueEm()));
    }

    @EventHandler
    void on(GuiaDeTaxaEmitida evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(SituacaoProcesso.AGUARDANDO_PAGAMENTO));
    }

    @EventHandler
    void on(PagamentoConfirmado evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(SituacaoProcesso.EM_ADMISSIBILIDADE));
    }

    @EventHandler
    void on(ProcessoAdmitido evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(SituacaoProcesso.EM_ANALISE));
    }

    /** The procedure and the clock restart (Lei 15.190 art. 47 par. 2): a new start and a new due date. */
    @EventHandler
    void on(ProcessoNaoAdmitido evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(SituacaoProcesso.EM_ADMISSIBILIDADE)
                .comPrazo(evento.prazoAnaliseAte()).contagemReiniciadaEm(evento.reiniciadoEm()));
    }

    /** The agency clock stops until the answer. */
    @EventHandler
    void on(ComplementacaoSolicitada evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO)
                .suspensoDesde(evento.solicitadaEm()));
    }

    /** The clock runs again; the event carries the due date already moved by the paused days. */
    @EventHandler
    void on(ComplementacaoAtendida evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(SituacaoProcesso.EM_ANALISE).semSuspensao()
                .somandoDiasSuspensos((int) evento.diasSuspensos()).comPrazo(evento.prazoAnaliseAte()));
    }

    /** Under CONAMA 237 a hearing extends the due date to 12 months; the event carries the one in force. */
    @EventHandler
    void on(AudienciaPublicaSolicitada evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.prazo(evento.prazoAnaliseAte()));
    }

    @EventHandler
    void on(AnalistaAtribuido evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.analista(evento.analista()));
    }

    @EventHandler
    void on(ProcessoDeferido evento, @SequenceNumber long sequencia) {
        decisao(evento.processoId(), sequencia, SituacaoProcesso.DEFERIDO, evento.deferidoEm());
    }

    @EventHandler
    void on(ProcessoIndeferido evento, @SequenceNumber long sequencia) {
        decisao(evento.processoId(), sequencia, SituacaoProcesso.INDEFERIDO, evento.indeferidoEm());
    }

    @EventHandler
    void on(ProcessoArquivado evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia,
                AlteracaoDoResumo.situacao(SituacaoProcesso.ARQUIVADO).encerrado(true).semSuspensao());
    }

    /** A granted appeal against a refusal reopens the analysis, with the due date the process already had. */
    @EventHandler
    void on(RecursoJulgado evento, @SequenceNumber long sequencia) {
        SituacaoProcesso resultante = evento.situacaoResultante();
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.situacao(resultante).encerrado(resultante.encerrado()));
    }

    /** A location without usable coordinates changes nothing but the row's sequence. */
    @EventHandler
    void on(LocalizacaoDoEmpreendimentoDefinida evento, @SequenceNumber long sequencia) {
        alterar(evento.processoId(), sequencia, GeometriaDoProcesso.de(evento.geometria())
                .map(AlteracaoDoResumo::localizacao).orElseGet(AlteracaoDoResumo::nenhuma));
    }

    /**
     * The latest analysis replaces the features the process touches and the consents it requires (a consent recorded
     * earlier stays recorded). Written at once, guarded by the row's sequence like every change, after the batch's
     * earlier changes so that guard reads the row as it stands.
     */
    @EventHandler
    void on(AnaliseTerritorialRealizada evento, @SequenceNumber long sequencia) {
        doLote.doLoteAtual().ifPresent(this::gravar);
        jdbc.sql("DELETE FROM licenca_query.processo_feicao WHERE processo_id = :id AND " + EVENTO_NOVO)
                .param("id", evento.processoId()).param("sequencia", sequencia).update();
        List<Interferencia> interferencias = evento.interferencias() == null ? List.of() : evento.interferencias();
        if (!interferencias.isEmpty()) {
            jdbcNomeado.batchUpdate("INSERT INTO licenca_query.processo_feicao (processo_id, camada_id, versao, feicao_id,"
                            + " nome, relacao) SELECT :id, :camada, :versao, :feicao, :nome, :relacao WHERE " + EVENTO_NOVO
                            + " ON CONFLICT (processo_id, camada_id, feicao_id) DO NOTHING",
                    interferencias.stream().map(i -> (SqlParameterSource) new MapSqlParameterSource()
                            .addValue("id", evento.processoId()).addValue("sequencia", sequencia)
                            .addValue("camada", i.camadaId()).addValue("versao", i.versao())
                            .addValue("feicao", i.feicaoId()).addValue("nome", i.nome())
                            .addValue("relacao", i.relacao().name())).toArray(SqlParameterSource[]::new));
        }
        jdbc.sql("UPDATE licenca_query.processo_anuencia SET exigida = FALSE WHERE processo_id = :id AND " + EVENTO_NOVO)
                .param("id", evento.processoId()).param("sequencia", sequencia).update();
        for (AnuenciaExigida anuencia : evento.anuencias() == null ? List.<AnuenciaExigida>of() : evento.anuencias()) {
            anuencia(evento.processoId(), sequencia, anuencia.feicaoId(), "exigida");
        }
        alterar(evento.processoId(), sequencia,
                AlteracaoDoResumo.competencia(evento.esferaCompetente(), evento.competente()));
    }

    @EventHandler
    void on(AnuenciaRegistrada evento, @SequenceNumber long sequencia) {
        doLote.doLoteAtual().ifPresent(this::gravar);
        anuencia(evento.processoId(), sequencia, evento.feicaoId(), "registrada");
        alterar(evento.processoId(), sequencia, AlteracaoDoResumo.nenhuma());
    }

    /** Marks a consent of the process as required or as recorded, if the event is newer than the row. */
    private void anuencia(String processoId, long sequencia, String feicaoId, String coluna) {
        jdbc.sql("INSERT INTO licenca_query.processo_anuencia (processo_id, feicao_id, " + coluna + ")"
                        + " SELECT :id, :feicao, TRUE WHERE " + EVENTO_NOVO
                        + " ON CONFLICT (processo_id, feicao_id) DO UPDATE SET " + coluna + " = TRUE")
                .param("id", processoId).param("feicao", feicaoId).param("sequencia", sequencia).update();
    }

    /**
     * A decision, measured against the analysis clock as it stood: on time when taken on or before the due date in
     * force; analysis days = decision day - clock start - paused days. Decisions without a due date (LAC) are kept
     * but not measured. The row is read as it stands, so the batch's earlier changes are written first.
     */
    private void decisao(String processoId, long sequencia, SituacaoProcesso resultado, LocalDate em) {
        doLote.doLoteAtual().ifPresent(this::gravar);
        jdbc.sql("""
                        INSERT INTO licenca_query.processo_decisao (processo_id, sequencia, resultado, decidido_em,
                            tipo_licenca, municipio_ibge, prazo_analise_ate, dias_de_analise, no_prazo)
                        SELECT processo_id, :sequencia, :resultado, CAST(:em AS DATE), tipo_licenca, municipio_ibge,
                            prazo_analise_ate,
                            CASE WHEN prazo_analise_ate IS NULL THEN NULL
                                 ELSE CAST(:em AS DATE) - inicio_contagem - dias_suspensos END,
                            CASE WHEN prazo_analise_ate IS NULL THEN NULL ELSE CAST(:em AS DATE) <= prazo_analise_ate END
                        FROM licenca_query.processo_resumo WHERE processo_id = :id AND ultima_sequencia < :sequencia
                        ON CONFLICT (processo_id, sequencia) DO NOTHING""")
                .param("id", processoId)
                .param("sequencia", sequencia)
                .param("resultado", resultado.name())
                .param("em", Date.valueOf(em))
                .update();
        alterar(processoId, sequencia, AlteracaoDoResumo.situacao(resultado).encerrado(true));
    }

    /**
     * Inside the processor's batch the change waits with the others and all go to PostgreSQL in one JDBC batch, in
     * event order, before the batch's token is committed in the same transaction (bench/README.md, "Tuning").
     */
    private void alterar(String processoId, long sequencia, AlteracaoDoResumo alteracao) {
        MapSqlParameterSource parametros = alteracao.parametros(processoId, sequencia);
        doLote.doLoteAtual().ifPresentOrElse(pendentes -> pendentes.add(parametros),
                () -> jdbcNomeado.update(AlteracaoDoResumo.SQL, parametros));
    }

    private void gravar(List<SqlParameterSource> pendentes) {
        if (!pendentes.isEmpty()) {
            jdbcNomeado.batchUpdate(AlteracaoDoResumo.SQL, pendentes.toArray(SqlParameterSource[]::new));
            pendentes.clear();
        }
    }

    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE licenca_query.processo_resumo, licenca_query.processo_decisao, licenca_query.processo_feicao,"
                + " licenca_query.processo_anuencia").update();
    }

    /** The page and its total from the same snapshot. */
    @QueryHandler
    PaginaDeProcessos handle(ConsultaDeProcessos consulta) {
        return leitura.ler(() -> pesquisar(consulta));
    }

    private PaginaDeProcessos pesquisar(ConsultaDeProcessos consulta) {
        List<String> condicoes = new ArrayList<>();
        Map<String, Object> parametros = new HashMap<>();
        parametros.put("hoje", Date.valueOf(DiasLegais.hoje(relogio)));
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
        if (consulta.numero() != null) {
            condicoes.add("numero = :numero");
            parametros.put("numero", consulta.numero());
        }
        if (consulta.visiveis() != null) {
            if (consulta.visiveis().nenhum()) {
                return new PaginaDeProcessos(List.of(), 0, consulta.pagina(), consulta.tamanho());
            }
            condicoes.add(Titularidade.condicao(consulta.visiveis(), parametros));
        }
        if (consulta.requerentesDoDocumento() != null) {
            if (consulta.requerentesDoDocumento().isEmpty()) {
                return new PaginaDeProcessos(List.of(), 0, consulta.pagina(), consulta.tamanho());
            }
            condicoes.add("requerente_id IN (:doDocumento)");
            parametros.put("doDocumento", List.copyOf(consulta.requerentesDoDocumento()));
        }
        if (consulta.requerenteId() != null) {
            condicoes.add("requerente_id = :requerente");
            parametros.put("requerente", consulta.requerenteId());
        }
        if (consulta.analista() != null) {
            condicoes.add("analista = :analista");
            parametros.put("analista", consulta.analista());
        }
        if (consulta.semAnalista()) {
            condicoes.add("analista IS NULL");
        }
        if (consulta.protocoladoDe() != null) {
            condicoes.add("protocolado_em >= :desde");
            parametros.put("desde", Timestamp.from(consulta.protocoladoDe().atStartOfDay(DiasLegais.FUSO).toInstant()));
        }
        if (consulta.protocoladoAte() != null) {
            condicoes.add("protocolado_em < :antesDe");
            parametros.put("antesDe", Timestamp.from(consulta.protocoladoAte().plusDays(1)
                    .atStartOfDay(DiasLegais.FUSO).toInstant()));
        }
        if (consulta.feicaoId() != null) {
            condicoes.add("processo_id IN (SELECT processo_id FROM licenca_query.processo_feicao WHERE feicao_id = :feicao)");
            parametros.put("feicao", consulta.feicaoId());
        }
        if (consulta.camadaId() != null) {
            condicoes.add("processo_id IN (SELECT processo_id FROM licenca_query.processo_feicao WHERE camada_id = :camada)");
            parametros.put("camada", consulta.camadaId());
        }
        if (consulta.atrasado() != null) {
            condicoes.add(consulta.atrasado() ? PrazoDeAnalise.ATRASADO : "NOT " + PrazoDeAnalise.ATRASADO);
        }
        String where = condicoes.isEmpty() ? "" : " WHERE " + String.join(" AND ", condicoes);
        long total = jdbc.sql("SELECT count(*) FROM licenca_query.processo_resumo" + where)
                .params(parametros).query(Long.class).single();
        List<ResumoProcesso> itens = jdbc.sql("SELECT *, " + PrazoDeAnalise.ATRASADO + " AS atrasado, "
                        + PrazoDeAnalise.DIAS_DE_ATRASO + " AS dias_de_atraso, " + ANUENCIAS_PENDENTES
                        + " AS anuencias_pendentes FROM licenca_query.processo_resumo" + where
                        + " ORDER BY " + ordem(consulta.ordem()) + " LIMIT :limite OFFSET :deslocamento")
                .params(parametros)
                .param("limite", consulta.tamanho())
                .param("deslocamento", (long) consulta.pagina() * consulta.tamanho())
                .query((rs, i) -> resumo(rs))
                .list();
        return new PaginaDeProcessos(itens, total, consulta.pagina(), consulta.tamanho());
    }

    private static String ordem(ConsultaDeProcessos.Ordem ordem) {
        if (ordem == null) {
            return "protocolado_em DESC, processo_id";
        }
        String direcao = ordem.crescente() ? " ASC" : " DESC";
        String coluna = switch (ordem.campo()) {
            case PROTOCOLO -> "protocolado_em" + direcao;
            case PRAZO -> "prazo_analise_ate" + direcao + " NULLS LAST";
            case ATRASO -> PrazoDeAnalise.DIAS_DE_ATRASO + direcao;
            case NUMERO -> "numero" + direcao;
            case SITUACAO -> "situacao" + direcao;
        };
        return coluna + ", processo_id" + direcao;
    }

    private static ResumoProcesso resumo(ResultSet rs) throws SQLException {
        Date prazo = rs.getDate("prazo_analise_ate");
        Date suspenso = rs.getDate("suspenso_desde");
        return new ResumoProcesso(
                rs.getString("processo_id"),
                rs.getString("numero"),
                rs.getString("requerente_id"),
                rs.getString("empreendimento"),
                rs.getString("municipio_ibge"),
                TipoLicenca.valueOf(rs.getString("tipo_licenca")),
                RegimeJuridico.valueOf(rs.getString("regime")),
                SituacaoProcesso.valueOf(rs.getString("situacao")),
                rs.getTimestamp("protocolado_em").toInstant(),
                rs.getString("cnae"),
                rs.getString("analista"),
                prazo == null ? null : prazo.toLocalDate(),
                suspenso == null ? null : suspenso.toLocalDate(),
                rs.getBoolean("atrasado"),
                rs.getLong("dias_de_atraso"),
                rs.getString("esfera_competente") == null ? null : Esfera.valueOf(rs.getString("esfera_competente")),
                (Boolean) rs.getObject("competente"),
                rs.getInt("anuencias_pendentes"));
    }
}
