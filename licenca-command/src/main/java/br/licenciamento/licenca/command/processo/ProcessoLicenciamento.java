package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.catalogo.CatalogoDeRegras;
import br.licenciamento.licenca.command.catalogo.RegrasDoCatalogo;
import br.licenciamento.licenca.command.documento.DocumentosDoProcesso;
import br.licenciamento.licenca.command.territorio.AnaliseTerritorial;
import br.licenciamento.licenca.command.territorio.ValidacaoDeGeometria;
import br.licenciamento.licenca.command.vigencia.LicencasAnteriores;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static br.licenciamento.api.comum.DiasLegais.hoje;
import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One licensing request, from filing (protocolo) to decision, archive and appeal. Its event stream is the legal
 * record of the process; every forbidden step is refused with a {@link RegraVioladaException} naming the rule.
 * Command handlers on an existing process answer with the aggregate's new version.
 */
@Aggregate(snapshotTriggerDefinition = "gatilhoDeSnapshotDoProcesso", cache = "cacheDosProcessos")
// Revision 4 added Territorio (it reads the filing event); 3 moved the state into its members (Andamento, Enquadramento,
// ...); 2 added the catalogue version. Axon discards older snapshots and replays the events instead.
@Revision("4")
// Snapshots are written by the Jackson serializer, which must see the private state.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProcessoLicenciamento {

    @AggregateIdentifier
    private String processoId;
    private Requerimento requerimento;
    @AggregateMember
    private final Andamento andamento = new Andamento();
    @AggregateMember
    private final Enquadramento enquadramento = new Enquadramento();
    @AggregateMember
    private final RelogioDaAnalise analise = new RelogioDaAnalise();
    @AggregateMember
    private final GuiasDeTaxa guias = new GuiasDeTaxa();
    @AggregateMember
    private final Complementacao complementacao = new Complementacao();
    @AggregateMember
    private final AudienciaPublica audiencia = new AudienciaPublica();
    @AggregateMember
    private final Decisao decisao = new Decisao();
    @AggregateMember
    private final Recurso recurso = new Recurso();
    @AggregateMember
    private final Atribuicao atribuicao = new Atribuicao();
    @AggregateMember
    private final Territorio territorio = new Territorio();

    protected ProcessoLicenciamento() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Filing: the regime follows the filing date and stays with the process for good. An LI needs a valid LP of
     * the same enterprise, an LO a valid LI (or LP+LI), an LI+LO a valid LP. A location given is analysed ({@link Territorio}).
     */
    @CommandHandler
    public ProcessoLicenciamento(ProtocolarProcesso comando, Clock relogio, NumeracaoDeProtocolo numeracao, LicencasAnteriores registro,
                                 CatalogoDeRegras catalogo, ValidacaoDeGeometria validacao, AnaliseTerritorial territorial) {
        Instant agora = relogio.instant();
        String empreendimentoDoPedido = comando.empreendimentoId() != null ? comando.empreendimentoId() : comando.processoId();
        LicencaAnteriorExigida.verificar(comando, empreendimentoDoPedido, registro, hoje(relogio));
        apply(new ProcessoProtocolado(comando.processoId(), numeracao.proximo(agora), comando.requerenteId(),
                empreendimentoDoPedido, comando.empreendimento(), comando.cnae(), comando.municipioIbge(),
                comando.localizacao(), comando.tipoLicenca(), comando.licencaAnteriorId(),
                RegimeJuridico.vigenteEm(agora), agora, catalogo.versaoVigenteEm(hoje(relogio))));
        territorio.aoProtocolar(comando, catalogo.vigenteEm(hoje(relogio)).competencia(), validacao, territorial, agora);
    }

    /**
     * A process from the agency's former system, with its past told by {@link HistoricoImportado}. Those events carry
     * the import in their metadata: they are history, and the sagas notify nobody of them (they only take over the
     * terms still running, or those already past, as the law has them).
     */
    @CommandHandler
    public ProcessoLicenciamento(ImportarProcesso comando, Clock relogio, CatalogoDeRegras catalogo) {
        MetaData historico = MetaData.with(ChavesDeMetadados.IMPORTACAO, comando.importacaoId());
        for (Object evento : HistoricoImportado.eventos(comando, catalogo, relogio.instant())) {
            apply(evento, historico);
        }
    }

    /** Classification ({@link Enquadramento}). */
    @CommandHandler
    public long handle(EnquadrarProcesso comando, CatalogoDeRegras catalogo, DocumentosDoProcesso documentos) {
        andamento.exigir(SituacaoProcesso.PROTOCOLADO);
        apply(Enquadramento.enquadrar(requerimento, comando, regras(catalogo),
                exigidos -> documentos.entregaCompleta(processoId, exigidos).orElse(null)));
        return versao();
    }

    /**
     * A document arrived: under Lei 15.190, once every document of the checklist has been delivered, the agency's
     * analysis term starts from the day the last one arrived (art. 47). Otherwise nothing changes.
     */
    @CommandHandler
    public long handle(RegistrarEntregaDosDocumentos comando, CatalogoDeRegras catalogo, DocumentosDoProcesso documentos) {
        if (enquadramento.contaPelaEntregaDosDocumentos(requerimento.regime()) && analise.prazoAte() == null
                && !andamento.situacao().encerrado()) {
            documentos.entregaCompleta(processoId, enquadramento.documentosExigidos()).ifPresent(entregueEm -> apply(
                    new DocumentacaoEntregue(processoId, entregueEm, entregueEm.plusMonths(mesesDeAnalise(catalogo)))));
        }
        return versao();
    }

    @CommandHandler
    public long handle(EmitirGuiaDeTaxa comando) {
        andamento.exigir(SituacaoProcesso.ENQUADRADO, SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        guias.emitir(processoId, comando);
        return versao();
    }

    /** Payment starts the analysis ({@link GuiasDeTaxa}). */
    @CommandHandler
    public long handle(ConfirmarPagamento comando, Clock relogio) {
        andamento.exigir(SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        guias.confirmarPagamento(processoId, comando.guiaId(), hoje(relogio));
        return versao();
    }

    /** Admissibility ({@link RelogioDaAnalise#concluirAdmissibilidade}); a LAC has no prior analysis. */
    @CommandHandler
    public long handle(ConcluirAdmissibilidade comando, Clock relogio, CatalogoDeRegras catalogo) {
        andamento.exigir(SituacaoProcesso.EM_ADMISSIBILIDADE);
        if (enquadramento.lac()) {
            throw new RegraVioladaException(MENSAGENS, "lac-sem-analise-previa.admissibilidade");
        }
        analise.concluirAdmissibilidade(processoId, comando, hoje(relogio),
                parametros(catalogo).prazoAdmissibilidadeDias(), mesesDeAnalise(catalogo));
        return versao();
    }

    @CommandHandler
    public long handle(RegistrarVistoria comando, Clock relogio) {
        andamento.exigir(SituacaoProcesso.EM_ANALISE);
        if (comando.realizadaEm().isAfter(hoje(relogio))) {
            throw new RegraVioladaException(MENSAGENS, "vistoria-no-futuro");
        }
        apply(new VistoriaRealizada(processoId, comando.vistoriaId(), comando.realizadaEm(), comando.relato()));
        return versao();
    }

    @CommandHandler
    public long handle(EmitirParecer comando, Clock relogio) {
        andamento.exigir(SituacaoProcesso.EM_ANALISE);
        Fundamentacao.exigir(comando.texto(), "parecer");
        apply(new ParecerEmitido(processoId, comando.parecerId(), comando.tipo(), comando.favoravel(), comando.texto(),
                hoje(relogio)));
        return versao();
    }

    /** Complementation ({@link Complementacao}) pauses the agency clock; the applicant has the regime's months to answer. */
    @CommandHandler
    public long handle(SolicitarComplementacao comando, Clock relogio, CatalogoDeRegras catalogo) {
        andamento.exigir(SituacaoProcesso.EM_ANALISE);
        complementacao.solicitar(processoId, comando, hoje(relogio), parametros(catalogo).prazoComplementacaoMeses());
        return versao();
    }

    @CommandHandler
    public long handle(AtenderComplementacao comando, Clock relogio, DocumentosDoProcesso documentos) {
        andamento.exigir(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        complementacao.atender(processoId, comando, hoje(relogio), ids -> documentos.alheios(processoId, ids), analise);
        return versao();
    }

    @CommandHandler
    public long handle(ProrrogarPrazoDeComplementacao comando, Clock relogio, CatalogoDeRegras catalogo) {
        andamento.exigir(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        Fundamentacao.exigir(comando.justificativa(), "prorrogacao");
        complementacao.prorrogar(processoId, comando, hoje(relogio), parametros(catalogo).prazoComplementacaoMeses());
        return versao();
    }

    /** The RIMA notice opens the window for hearing requests ({@link AudienciaPublica}). */
    @CommandHandler
    public long handle(PublicarEditalDoRima comando, Clock relogio) {
        andamento.exigir(SituacaoProcesso.EM_ANALISE, SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        audiencia.publicarEdital(processoId, enquadramento.exigeEiaRima(), hoje(relogio), comando.solicitacoesDeAudienciaAte());
        return versao();
    }

    /** Public hearing ({@link AudienciaPublica}); under CONAMA 237 it gives the agency a longer term. */
    @CommandHandler
    public long handle(SolicitarAudienciaPublica comando, Clock relogio, CatalogoDeRegras catalogo) {
        andamento.exigir(SituacaoProcesso.EM_ADMISSIBILIDADE, SituacaoProcesso.EM_ANALISE,
                SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        LocalDate novoPrazo = requerimento.regime() != RegimeJuridico.CONAMA_237 ? analise.prazoAte()
                : analise.comAudiencia(requerimento.protocoladoEm(), mesesDeAnalise(catalogo, true));
        audiencia.solicitar(processoId, comando, hoje(relogio), novoPrazo);
        return versao();
    }

    @CommandHandler
    public long handle(RegistrarAudienciaPublica comando, Clock relogio) {
        audiencia.registrar(processoId, comando, hoje(relogio));
        return versao();
    }

    /**
     * Grant ({@link Decisao}): every required document accepted, never while a requested public hearing has not been
     * held or its request window is open (a licence issued so is invalid), nor against the {@link Territorio}.
     */
    @CommandHandler
    public long handle(DeferirProcesso comando, Clock relogio, CatalogoDeRegras catalogo, DocumentosDoProcesso documentos) {
        andamento.exigir(SituacaoProcesso.EM_ANALISE);
        Decisao.exigirDocumentosAceitos(documentos.semDocumentoAceito(processoId, enquadramento.documentosExigidos()));
        audiencia.exigirQueNaoImpecaADecisao(hoje(relogio));
        territorio.exigirQueNaoImpecaODeferimento();
        decisao.deferir(requerimento, comando, hoje(relogio), regras(catalogo));
        return versao();
    }

    @CommandHandler
    public long handle(IndeferirProcesso comando, Clock relogio, CatalogoDeRegras catalogo) {
        andamento.exigir(SituacaoProcesso.EM_ADMISSIBILIDADE, SituacaoProcesso.EM_ANALISE);
        decisao.indeferir(requerimento, comando, hoje(relogio), regras(catalogo));
        return versao();
    }

    /** LAC: the applicant's self-declaration grants the licence without prior technical analysis. */
    @CommandHandler
    public long handle(DeclararAdesaoECompromisso comando, Clock relogio, CatalogoDeRegras catalogo) {
        if (!enquadramento.lac()) {
            throw new RegraVioladaException(MENSAGENS, "adesao-apenas-para-lac");
        }
        andamento.exigir(SituacaoProcesso.EM_ADMISSIBILIDADE);
        decisao.aderir(requerimento, comando, hoje(relogio), regras(catalogo));
        return versao();
    }

    @CommandHandler
    public long handle(ArquivarPorPrazoExpirado comando, Clock relogio) {
        andamento.exigir(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        complementacao.arquivarPorPrazoExpirado(processoId, hoje(relogio));
        return versao();
    }

    @CommandHandler
    public long handle(CancelarPorFaltaDePagamento comando, Clock relogio) {
        andamento.exigir(SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        guias.cancelarPorFaltaDePagamento(processoId, comando.guiaId(), hoje(relogio));
        return versao();
    }

    @CommandHandler
    public long handle(DesistirDoProcesso comando, Clock relogio) {
        andamento.exigirEmCurso("processo-encerrado");
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.DESISTENCIA, comando.motivo(), hoje(relogio), false));
        return versao();
    }

    /** Appeal against the decision ({@link Recurso}). */
    @CommandHandler
    public long handle(InterporRecurso comando, Clock relogio, CatalogoDeRegras catalogo) {
        recurso.interpor(processoId, comando, andamento.situacao(), hoje(relogio), parametros(catalogo).prazoJulgamentoRecursoDias());
        return versao();
    }

    @CommandHandler
    public long handle(JulgarRecurso comando, Clock relogio) {
        recurso.julgar(processoId, comando, andamento.situacao(), hoje(relogio));
        return versao();
    }

    /** No tacit approval when the agency is late (LC 140 art. 14 par. 3): only a flag the applicant can act on. */
    @CommandHandler
    public long handle(SinalizarPrazoDeAnaliseExcedido comando, Clock relogio) {
        analise.sinalizarExcedido(processoId, hoje(relogio), andamento.situacao());
        return versao();
    }

    /** The manager assigns the analysis ({@link Atribuicao}); not in a closed process, and a LAC has no analysis. */
    @CommandHandler
    public long handle(AtribuirAnalista comando, Clock relogio) {
        Fundamentacao.exigir(comando.analista(), "analista");
        andamento.exigirEmCurso("atribuicao-em-processo-encerrado");
        if (enquadramento.lac()) {
            throw new RegraVioladaException(MENSAGENS, "lac-sem-analise-previa.atribuicao");
        }
        atribuicao.atribuir(processoId, comando.analista(), relogio.instant());
        return versao();
    }

    /**
     * {@code If-Match} names the version the user saw. Events the platform wrote since on its own (a saga's fee slip,
     * the overdue flag) changed nothing the user acted on, so they are no conflict; an event by a person is (412).
     */
    @CommandHandlerInterceptor
    Object versaoVistaPeloUsuario(InterceptorChain cadeia) throws Exception {
        ConflictResolution.getConflictResolver().detectConflicts(eventos -> eventos.stream().anyMatch(
                evento -> !String.valueOf(evento.getMetaData().get(ChavesDeMetadados.PAPEIS)).contains("SISTEMA")));
        return cadeia.proceed();
    }

    /** The agency's analysis term for this process, in months, from the catalogue version it was filed under. */
    private int mesesDeAnalise(CatalogoDeRegras catalogo) {
        return mesesDeAnalise(catalogo, enquadramento.exigeEiaRima());
    }

    private int mesesDeAnalise(CatalogoDeRegras catalogo, boolean comEiaOuAudiencia) {
        return regras(catalogo).prazoDeAnaliseMeses(requerimento.regime(), requerimento.tipoLicenca(), comEiaOuAudiencia);
    }

    private ParametrosDoRegime parametros(CatalogoDeRegras catalogo) {
        return regras(catalogo).parametros(requerimento.regime());
    }

    /** The rules of the catalogue version in force on the filing day: a process keeps them for good. */
    private RegrasDoCatalogo regras(CatalogoDeRegras catalogo) {
        return catalogo.em(requerimento.versaoDoCatalogo());
    }

    private static long versao() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ProcessoProtocolado evento) {
        processoId = evento.processoId();
        requerimento = Requerimento.de(evento);
    }

}
