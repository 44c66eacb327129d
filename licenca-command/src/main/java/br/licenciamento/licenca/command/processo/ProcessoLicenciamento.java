package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.*;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.licenca.command.catalogo.CatalogoDeRegras;
import br.licenciamento.licenca.command.documento.DocumentosDoProcesso;
import br.licenciamento.licenca.command.licenca.LicencaRegistrada;
import br.licenciamento.licenca.command.licenca.RegistroDeLicencas;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static br.licenciamento.api.comum.DiasLegais.hoje;
import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One licensing request, from filing (protocolo) to decision, archive and appeal. Its event stream is the legal
 * record of the process; every forbidden step is refused with a {@link RegraVioladaException} naming the rule.
 * Command handlers on an existing process answer with the aggregate's new version.
 */
@Aggregate(snapshotTriggerDefinition = "gatilhoDeSnapshotDoProcesso")
// Revision 2 added the catalogue version: Axon discards the older snapshots and replays the events instead.
@Revision("2")
// Snapshots are written by the Jackson serializer, which must see the private state.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProcessoLicenciamento {

    @AggregateIdentifier
    private String processoId;
    private RegimeJuridico regime;
    private TipoLicenca tipoLicenca;
    private String requerenteId;
    private String empreendimentoId;
    private String empreendimento;
    private LocalDate protocoladoEm;
    private int versaoDoCatalogo;
    private SituacaoProcesso situacao;
    private String analista;

    private ModalidadeDeLicenciamento modalidade;
    private boolean exigeEiaRima;
    private List<String> documentosExigidos = List.of();
    private LocalDate prazoAnaliseAte;
    private long diasSuspensos;
    private boolean prazoAnaliseExcedido;

    private final Map<String, Boolean> guiasPagas = new HashMap<>();
    private LocalDate analiseIniciadaEm;

    private int complementacoes;
    private String complementacaoPendente;
    private LocalDate complementacaoSolicitadaEm;
    private LocalDate respostaAte;
    private boolean prazoDeComplementacaoProrrogado;

    private LocalDate solicitacoesDeAudienciaAte;
    private boolean audienciaSolicitada;
    private boolean audienciaRealizada;
    private Boolean ultimoParecerTecnicoFavoravel;

    private LocalDate prazoRecursoAte;
    private String recursoPendente;
    private int recursos;

    protected ProcessoLicenciamento() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Filing: the regime follows the filing date and stays with the process for good. An LI needs a valid LP of
     * the same enterprise, an LO a valid LI (or LP+LI), an LI+LO a valid LP.
     */
    @CommandHandler
    public ProcessoLicenciamento(ProtocolarProcesso comando, Clock relogio, NumeracaoDeProtocolo numeracao,
                                 RegistroDeLicencas registro, CatalogoDeRegras catalogo) {
        Instant agora = relogio.instant();
        String empreendimentoDoPedido = comando.empreendimentoId() != null ? comando.empreendimentoId() : comando.processoId();
        exigirLicencaAnterior(comando, empreendimentoDoPedido, registro, hoje(relogio));
        apply(new ProcessoProtocolado(comando.processoId(), numeracao.proximo(agora), comando.requerenteId(),
                empreendimentoDoPedido, comando.empreendimento(), comando.cnae(), comando.municipioIbge(),
                comando.localizacao(), comando.tipoLicenca(), comando.licencaAnteriorId(),
                RegimeJuridico.vigenteEm(agora), agora, catalogo.versaoVigenteEm(hoje(relogio))));
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

    private static void exigirLicencaAnterior(ProtocolarProcesso comando, String empreendimentoDoPedido,
                                              RegistroDeLicencas registro, LocalDate hoje) {
        var exigidos = comando.tipoLicenca().exigeAnterior();
        if (exigidos.isEmpty()) {
            return;
        }
        String nomes = MENSAGENS.ou(exigidos);
        if (comando.licencaAnteriorId() == null || comando.licencaAnteriorId().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.ausente", comando.tipoLicenca(), nomes);
        }
        Optional<LicencaRegistrada> anterior = registro.buscar(comando.licencaAnteriorId());
        if (anterior.isEmpty() || !exigidos.contains(anterior.get().tipoLicenca())) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.outro-tipo", nomes);
        }
        if (!anterior.get().empreendimentoId().equals(empreendimentoDoPedido)) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.outro-empreendimento");
        }
        if (!anterior.get().validaEm(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.invalida", anterior.get().situacao(),
                    anterior.get().validaAte());
        }
    }

    /**
     * Classification sets the procedure, studies, checklist and the agency's analysis due date: from the filing under
     * CONAMA 237 (art. 14), from the delivery of the studies and required documents under Lei 15.190 (art. 47), so
     * there the due date waits for the last of them ({@link RegistrarEntregaDosDocumentos}).
     */
    @CommandHandler
    public long handle(EnquadrarProcesso comando, CatalogoDeRegras catalogo, DocumentosDoProcesso documentos) {
        exigirSituacao(SituacaoProcesso.PROTOCOLADO);
        int classe = catalogo.em(versaoDoCatalogo).classe(comando.porte(), comando.potencial());
        RegraDeProcedimento procedimento = catalogo.em(versaoDoCatalogo).procedimento(classe);
        if (!procedimento.tiposAdmitidos().contains(tipoLicenca)) {
            throw new RegraVioladaException(MENSAGENS, "tipo-incompativel-com-procedimento", classe,
                    procedimento.modalidade(), MENSAGENS.e(procedimento.tiposAdmitidos()), tipoLicenca);
        }
        // A LAC request in a class that admits it follows the self-declaration procedure, without studies or analysis.
        boolean porAdesao = tipoLicenca == TipoLicenca.LAC || procedimento.modalidade() == ModalidadeDeLicenciamento.LAC;
        LocalDate inicioDaContagem = porAdesao ? null : regime == RegimeJuridico.CONAMA_237 ? protocoladoEm
                : documentos.entregaCompleta(processoId, procedimento.documentosExigidos()).orElse(null);
        LocalDate prazo = inicioDaContagem == null ? null : inicioDaContagem.plusMonths(
                catalogo.em(versaoDoCatalogo).prazoDeAnaliseMeses(regime, tipoLicenca, procedimento.exigeEiaRima()));
        apply(new ProcessoEnquadrado(processoId, comando.porte(), comando.potencial(), classe,
                porAdesao ? ModalidadeDeLicenciamento.LAC : procedimento.modalidade(),
                porAdesao ? List.of() : procedimento.estudos(), procedimento.documentosExigidos(), prazo));
        return versao();
    }

    /**
     * A document arrived: under Lei 15.190, once every document of the checklist has been delivered, the agency's
     * analysis term starts from the day the last one arrived (art. 47). Otherwise nothing changes.
     */
    @CommandHandler
    public long handle(RegistrarEntregaDosDocumentos comando, CatalogoDeRegras catalogo, DocumentosDoProcesso documentos) {
        boolean aguardaEntrega = regime == RegimeJuridico.LEI_15190 && modalidade != null
                && modalidade != ModalidadeDeLicenciamento.LAC && prazoAnaliseAte == null && !situacao.encerrado();
        if (aguardaEntrega) {
            documentos.entregaCompleta(processoId, documentosExigidos).ifPresent(entregueEm -> apply(new DocumentacaoEntregue(
                    processoId, entregueEm, entregueEm.plusMonths(catalogo.em(versaoDoCatalogo).prazoDeAnaliseMeses(regime, tipoLicenca, exigeEiaRima)))));
        }
        return versao();
    }

    @CommandHandler
    public long handle(EmitirGuiaDeTaxa comando) {
        exigirSituacao(SituacaoProcesso.ENQUADRADO, SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        if (guiasPagas.containsKey(comando.guiaId())) {
            throw new RegraVioladaException(MENSAGENS, "guia-duplicada", comando.guiaId());
        }
        apply(new GuiaDeTaxaEmitida(processoId, comando.guiaId(), comando.valor(), comando.meio(), comando.vencimento()));
        return versao();
    }

    /** Payment starts the analysis, and with it the admissibility window. */
    @CommandHandler
    public long handle(ConfirmarPagamento comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        Boolean paga = guiasPagas.get(comando.guiaId());
        if (paga == null) {
            throw new RegraVioladaException(MENSAGENS, "guia-inexistente", comando.guiaId());
        }
        apply(new PagamentoConfirmado(processoId, comando.guiaId(), hoje(relogio)));
        return versao();
    }

    /**
     * Admissibility (Lei 15.190 art. 47 par. 2): the study may be found not to meet the terms of reference only
     * within the regime's window after the analysis started; then the procedure and the clock restart.
     */
    @CommandHandler
    public long handle(ConcluirAdmissibilidade comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirSituacao(SituacaoProcesso.EM_ADMISSIBILIDADE);
        if (modalidade == ModalidadeDeLicenciamento.LAC) {
            throw new RegraVioladaException(MENSAGENS, "lac-sem-analise-previa.admissibilidade");
        }
        LocalDate hoje = hoje(relogio);
        if (comando.admitido()) {
            apply(new ProcessoAdmitido(processoId, hoje));
            return versao();
        }
        exigirTexto(comando.motivo(), "nao-admissao");
        Integer janela = catalogo.em(versaoDoCatalogo).parametros(regime).prazoAdmissibilidadeDias();
        if (janela != null && hoje.isAfter(analiseIniciadaEm.plusDays(janela))) {
            throw new RegraVioladaException(MENSAGENS, "admissibilidade-15-dias", janela, analiseIniciadaEm,
                    analiseIniciadaEm.plusDays(janela));
        }
        LocalDate novoPrazo = prazoAnaliseAte == null ? null
                : hoje.plusMonths(catalogo.em(versaoDoCatalogo).prazoDeAnaliseMeses(regime, tipoLicenca, exigeEiaRima));
        apply(new ProcessoNaoAdmitido(processoId, comando.motivo(), hoje, novoPrazo));
        return versao();
    }

    @CommandHandler
    public long handle(RegistrarVistoria comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE);
        if (comando.realizadaEm().isAfter(hoje(relogio))) {
            throw new RegraVioladaException(MENSAGENS, "vistoria-no-futuro");
        }
        apply(new VistoriaRealizada(processoId, comando.vistoriaId(), comando.realizadaEm(), comando.relato()));
        return versao();
    }

    @CommandHandler
    public long handle(EmitirParecer comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE);
        exigirTexto(comando.texto(), "parecer");
        apply(new ParecerEmitido(processoId, comando.parecerId(), comando.tipo(), comando.favoravel(), comando.texto(),
                hoje(relogio)));
        return versao();
    }

    /**
     * Complementation is asked at most once (LC 140 art. 14 par. 1), again only for new facts or an unsatisfactory
     * answer (CONAMA 237 art. 10 IV). It pauses the agency clock; the applicant has the regime's months to answer.
     */
    @CommandHandler
    public long handle(SolicitarComplementacao comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE);
        if (comando.itens() == null || comando.itens().isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-sem-itens");
        }
        if (complementacoes > 0 && comando.motivoDeNovaComplementacao() == null) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-unica");
        }
        LocalDate hoje = hoje(relogio);
        apply(new ComplementacaoSolicitada(processoId, comando.complementacaoId(), List.copyOf(comando.itens()),
                comando.motivoDeNovaComplementacao(), hoje,
                hoje.plusMonths(catalogo.em(versaoDoCatalogo).parametros(regime).prazoComplementacaoMeses())));
        return versao();
    }

    /** Answered in time, with documents: the agency clock resumes, its due date moved by the paused days. */
    @CommandHandler
    public long handle(AtenderComplementacao comando, Clock relogio, DocumentosDoProcesso documentos) {
        exigirSituacao(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        if (comando.documentoIds() == null || comando.documentoIds().isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-exige-documentos");
        }
        List<String> alheios = documentos.alheios(processoId, comando.documentoIds());
        if (!alheios.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "documento-de-outro-processo", String.join(", ", alheios));
        }
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-fora-do-prazo", respostaAte);
        }
        long suspensos = ChronoUnit.DAYS.between(complementacaoSolicitadaEm, hoje);
        apply(new ComplementacaoAtendida(processoId, complementacaoPendente, List.copyOf(comando.documentoIds()),
                comando.observacao(), hoje, suspensos, prazoAnaliseAte == null ? null : prazoAnaliseAte.plusDays(suspensos)));
        return versao();
    }

    /**
     * Complementation deadline extended on the applicant's justified request (LC 140 art. 15): once, asked before
     * it expires, and by at most the regime's complementation period again.
     */
    @CommandHandler
    public long handle(ProrrogarPrazoDeComplementacao comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirSituacao(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        exigirTexto(comando.justificativa(), "prorrogacao");
        if (prazoDeComplementacaoProrrogado) {
            throw new RegraVioladaException(MENSAGENS, "prorrogacao-unica");
        }
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-fora-do-prazo.prorrogacao", respostaAte);
        }
        LocalDate limite = respostaAte.plusMonths(catalogo.em(versaoDoCatalogo).parametros(regime).prazoComplementacaoMeses());
        LocalDate novoPrazo = respostaAte.plusDays(comando.dias());
        if (comando.dias() < 1 || novoPrazo.isAfter(limite)) {
            throw new RegraVioladaException(MENSAGENS, "prorrogacao-alem-do-limite", limite);
        }
        apply(new PrazoDeComplementacaoProrrogado(processoId, complementacaoPendente, comando.justificativa(), hoje, novoPrazo));
        return versao();
    }

    /** The RIMA notice opens at least 45 days for hearing requests (CONAMA 09/1987 art. 2); only with EIA/RIMA. */
    @CommandHandler
    public long handle(PublicarEditalDoRima comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE, SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        if (!exigeEiaRima) {
            throw new RegraVioladaException(MENSAGENS, "edital-rima-sem-eia");
        }
        if (solicitacoesDeAudienciaAte != null) {
            throw new RegraVioladaException(MENSAGENS, "edital-rima-ja-publicado");
        }
        LocalDate hoje = hoje(relogio);
        if (comando.solicitacoesDeAudienciaAte() == null || comando.solicitacoesDeAudienciaAte().isBefore(hoje.plusDays(45))) {
            throw new RegraVioladaException(MENSAGENS, "edital-rima-45-dias", hoje.plusDays(45));
        }
        apply(new EditalDoRimaPublicado(processoId, hoje, comando.solicitacoesDeAudienciaAte()));
        return versao();
    }

    /** Public hearing (CONAMA 09/1987): a civil entity, the Ministerio Publico, the agency or 50+ citizens. */
    @CommandHandler
    public long handle(SolicitarAudienciaPublica comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirSituacao(SituacaoProcesso.EM_ADMISSIBILIDADE, SituacaoProcesso.EM_ANALISE,
                SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        if (comando.solicitante() == SolicitanteDeAudiencia.CIDADAOS && comando.assinaturas() < 50) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-50-cidadaos", comando.assinaturas());
        }
        if (solicitacoesDeAudienciaAte != null && comando.solicitante() != SolicitanteDeAudiencia.ORGAO_LICENCIADOR
                && hoje(relogio).isAfter(solicitacoesDeAudienciaAte)) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-fora-do-prazo", solicitacoesDeAudienciaAte);
        }
        if (audienciaSolicitada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-ja-solicitada");
        }
        LocalDate novoPrazo = prazoAnaliseAte;
        if (regime == RegimeJuridico.CONAMA_237 && prazoAnaliseAte != null) {
            // CONAMA 237 art. 14: 12 months when there is a public hearing, counted from filing, plus paused days.
            LocalDate comAudiencia = protocoladoEm.plusMonths(catalogo.em(versaoDoCatalogo).prazoDeAnaliseMeses(regime, tipoLicenca, true))
                    .plusDays(diasSuspensos);
            novoPrazo = comAudiencia.isAfter(prazoAnaliseAte) ? comAudiencia : prazoAnaliseAte;
        }
        apply(new AudienciaPublicaSolicitada(processoId, comando.solicitante(), comando.nomeDoSolicitante(),
                comando.assinaturas(), hoje(relogio), novoPrazo));
        return versao();
    }

    /**
     * A held hearing is a fact: it cannot be dated after today (a future date would let the licence be granted before
     * the hearing, which makes it invalid: CONAMA 09/1987 art. 2 par. 2).
     */
    @CommandHandler
    public long handle(RegistrarAudienciaPublica comando, Clock relogio) {
        if (comando.realizadaEm() == null || comando.realizadaEm().isAfter(hoje(relogio))) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-no-futuro", hoje(relogio));
        }
        if (!audienciaSolicitada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-nao-solicitada");
        }
        if (audienciaRealizada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-ja-realizada");
        }
        apply(new AudienciaPublicaRealizada(processoId, comando.realizadaEm(), comando.local(), comando.ata()));
        return versao();
    }

    /**
     * Grant: after a conclusive favourable technical opinion, never while a requested public hearing has not been
     * held (a licence issued so is invalid), and with a validity inside the legal range for type and regime.
     */
    @CommandHandler
    public long handle(DeferirProcesso comando, Clock relogio, CatalogoDeRegras catalogo, DocumentosDoProcesso documentos) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE);
        List<String> pendentes = documentos.semDocumentoAceito(processoId, documentosExigidos);
        if (!pendentes.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "documentos-exigidos-pendentes", String.join(", ", pendentes));
        }
        if (audienciaSolicitada && !audienciaRealizada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-pendente");
        }
        if (solicitacoesDeAudienciaAte != null && !hoje(relogio).isAfter(solicitacoesDeAudienciaAte)) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-prazo-aberto", solicitacoesDeAudienciaAte);
        }
        if (!Boolean.TRUE.equals(ultimoParecerTecnicoFavoravel)) {
            throw new RegraVioladaException(MENSAGENS, "parecer-tecnico-conclusivo");
        }
        FaixaDeValidade faixa = catalogo.em(versaoDoCatalogo).validade(regime, tipoLicenca);
        if (!faixa.admite(comando.validadeMeses())) {
            throw new RegraVioladaException(MENSAGENS, "validade-fora-da-faixa", tipoLicenca, regime, faixa.minimoMeses(),
                    faixa.maximoMeses(), comando.validadeMeses());
        }
        LocalDate hoje = hoje(relogio);
        LocalDate validaAte = hoje.plusMonths(comando.validadeMeses());
        List<CondicionanteDefinida> condicionantes = comando.condicionantes() == null ? List.of() : List.copyOf(comando.condicionantes());
        for (CondicionanteDefinida condicionante : condicionantes) {
            if (condicionante.prazo() == null || condicionante.prazo().isBefore(hoje) || condicionante.prazo().isAfter(validaAte)) {
                throw new RegraVioladaException(MENSAGENS, "condicionante-fora-da-validade", condicionante.descricao(),
                        validaAte);
            }
        }
        deferir(comando.licencaId(), hoje, validaAte, condicionantes, comando.fundamentos(), catalogo);
        return versao();
    }

    @CommandHandler
    public long handle(IndeferirProcesso comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirSituacao(SituacaoProcesso.EM_ADMISSIBILIDADE, SituacaoProcesso.EM_ANALISE);
        exigirTexto(comando.fundamentos(), "indeferimento");
        LocalDate hoje = hoje(relogio);
        apply(new ProcessoIndeferido(processoId, comando.fundamentos(), hoje,
                hoje.plusDays(catalogo.em(versaoDoCatalogo).parametros(regime).prazoRecursoDias())));
        return versao();
    }

    /** LAC: the applicant's self-declaration grants the licence without prior technical analysis. */
    @CommandHandler
    public long handle(DeclararAdesaoECompromisso comando, Clock relogio, CatalogoDeRegras catalogo) {
        if (modalidade != ModalidadeDeLicenciamento.LAC) {
            throw new RegraVioladaException(MENSAGENS, "adesao-apenas-para-lac");
        }
        exigirSituacao(SituacaoProcesso.EM_ADMISSIBILIDADE);
        exigirTexto(comando.declaracao(), "adesao");
        LocalDate hoje = hoje(relogio);
        apply(new AdesaoECompromissoDeclarada(processoId, comando.declaracao(), hoje));
        FaixaDeValidade faixa = catalogo.em(versaoDoCatalogo).validade(regime, tipoLicenca);
        deferir(comando.licencaId(), hoje, hoje.plusMonths(faixa.maximoMeses()), List.of(),
                MENSAGENS.texto("motivo.deferimento-por-adesao"), catalogo);
        return versao();
    }

    private void deferir(String licencaId, LocalDate hoje, LocalDate validaAte, List<CondicionanteDefinida> condicionantes,
                         String fundamentos, CatalogoDeRegras catalogo) {
        apply(new ProcessoDeferido(processoId, licencaId, requerenteId, empreendimentoId, empreendimento, tipoLicenca,
                regime, hoje, validaAte, condicionantes, fundamentos,
                hoje.plusDays(catalogo.em(versaoDoCatalogo).parametros(regime).prazoRecursoDias())));
    }

    /** The applicant let the complementation deadline pass (LC 140 art. 16): archived; a new request pays again. */
    @CommandHandler
    public long handle(ArquivarPorPrazoExpirado comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        LocalDate hoje = hoje(relogio);
        if (!hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-ainda-no-prazo", respostaAte);
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
                MENSAGENS.texto("motivo.complementacao-nao-atendida", respostaAte), hoje, true));
        return versao();
    }

    /** The fee slip stayed unpaid past the agency's term (sent by the fee saga): the request is cancelled. */
    @CommandHandler
    public long handle(CancelarPorFaltaDePagamento comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        if (!Boolean.FALSE.equals(guiasPagas.get(comando.guiaId()))) {
            throw new RegraVioladaException(MENSAGENS, "guia-inexistente.em-aberto", comando.guiaId());
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.TAXA_NAO_PAGA,
                MENSAGENS.texto("motivo.guia-nao-paga", comando.guiaId()), hoje(relogio), true));
        return versao();
    }

    @CommandHandler
    public long handle(DesistirDoProcesso comando, Clock relogio) {
        if (situacao.encerrado()) {
            throw new RegraVioladaException(MENSAGENS, "processo-encerrado", situacao);
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.DESISTENCIA, comando.motivo(), hoje(relogio), false));
        return versao();
    }

    /** Appeal against the decision, within the regime's deadline (Lei 9.784: 10 days), once. */
    @CommandHandler
    public long handle(InterporRecurso comando, Clock relogio, CatalogoDeRegras catalogo) {
        if (!situacao.decidido()) {
            throw new RegraVioladaException(MENSAGENS, "recurso-sem-decisao", situacao);
        }
        if (recursoPendente != null || recursos > 0) {
            throw new RegraVioladaException(MENSAGENS, "recurso-unico");
        }
        exigirTexto(comando.fundamentos(), "recurso");
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(prazoRecursoAte)) {
            throw new RegraVioladaException(MENSAGENS, "recurso-fora-do-prazo", prazoRecursoAte);
        }
        apply(new RecursoInterposto(processoId, comando.recursoId(), comando.fundamentos(), hoje,
                hoje.plusDays(catalogo.em(versaoDoCatalogo).parametros(regime).prazoJulgamentoRecursoDias())));
        return versao();
    }

    @CommandHandler
    public long handle(JulgarRecurso comando, Clock relogio) {
        if (recursoPendente == null) {
            throw new RegraVioladaException(MENSAGENS, "recurso-inexistente");
        }
        exigirTexto(comando.fundamentos(), "julgamento");
        // A granted appeal against a refusal sends the request back to analysis; other outcomes keep the decision.
        SituacaoProcesso resultante = comando.provido() && situacao == SituacaoProcesso.INDEFERIDO
                ? SituacaoProcesso.EM_ANALISE : situacao;
        apply(new RecursoJulgado(processoId, recursoPendente, comando.provido(), comando.fundamentos(), hoje(relogio), resultante));
        return versao();
    }

    /** No tacit approval when the agency is late (LC 140 art. 14 par. 3): only a flag the applicant can act on. */
    @CommandHandler
    public long handle(SinalizarPrazoDeAnaliseExcedido comando, Clock relogio) {
        LocalDate hoje = hoje(relogio);
        if (situacao.encerrado() || prazoAnaliseAte == null || situacao == SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO
                || !hoje.isAfter(prazoAnaliseAte) || prazoAnaliseExcedido) {
            throw new RegraVioladaException(MENSAGENS, "prazo-de-analise-em-curso", prazoAnaliseAte, situacao);
        }
        apply(new PrazoDeAnaliseExcedido(processoId, prazoAnaliseAte, hoje));
        return versao();
    }

    /**
     * The manager assigns the analysis to one analyst, or hands it to another; a closed process (decided or
     * archived) is not reassigned, and a LAC has no analysis to assign.
     */
    @CommandHandler
    public long handle(AtribuirAnalista comando, Clock relogio) {
        exigirTexto(comando.analista(), "analista");
        if (situacao.encerrado()) {
            throw new RegraVioladaException(MENSAGENS, "atribuicao-em-processo-encerrado", situacao);
        }
        if (modalidade == ModalidadeDeLicenciamento.LAC) {
            throw new RegraVioladaException(MENSAGENS, "lac-sem-analise-previa.atribuicao");
        }
        if (comando.analista().equals(analista)) {
            throw new RegraVioladaException(MENSAGENS, "analista-ja-atribuido", analista);
        }
        apply(new AnalistaAtribuido(processoId, comando.analista(), analista, relogio.instant()));
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

    private void exigirSituacao(SituacaoProcesso... permitidas) {
        for (SituacaoProcesso permitida : permitidas) {
            if (situacao == permitida) {
                return;
            }
        }
        throw new RegraVioladaException(MENSAGENS, "etapa-fora-de-ordem", situacao, MENSAGENS.ou(Arrays.asList(permitidas)));
    }

    /** {@code oQue} names the variant of {@code fundamentacao-obrigatoria} that says what is missing. */
    private static void exigirTexto(String texto, String oQue) {
        if (texto == null || texto.isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "fundamentacao-obrigatoria." + oQue);
        }
    }

    private static long versao() {
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ProcessoProtocolado evento) {
        processoId = evento.processoId();
        regime = evento.regime();
        tipoLicenca = evento.tipoLicenca();
        requerenteId = evento.requerenteId();
        empreendimentoId = evento.empreendimentoId();
        empreendimento = evento.empreendimento();
        protocoladoEm = DiasLegais.dia(evento.protocoladoEm());
        versaoDoCatalogo = evento.versaoDoCatalogo();
        situacao = SituacaoProcesso.PROTOCOLADO;
    }

    @EventSourcingHandler
    void on(ProcessoEnquadrado evento) {
        modalidade = evento.modalidade();
        exigeEiaRima = evento.estudos().contains(EstudoAmbiental.EIA_RIMA);
        documentosExigidos = evento.documentosExigidos() == null ? List.of() : List.copyOf(evento.documentosExigidos());
        prazoAnaliseAte = evento.prazoAnaliseAte();
        situacao = SituacaoProcesso.ENQUADRADO;
    }

    @EventSourcingHandler
    void on(DocumentacaoEntregue evento) {
        prazoAnaliseAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(GuiaDeTaxaEmitida evento) {
        guiasPagas.put(evento.guiaId(), false);
        situacao = SituacaoProcesso.AGUARDANDO_PAGAMENTO;
    }

    @EventSourcingHandler
    void on(PagamentoConfirmado evento) {
        guiasPagas.put(evento.guiaId(), true);
        analiseIniciadaEm = evento.analiseIniciadaEm();
        situacao = SituacaoProcesso.EM_ADMISSIBILIDADE;
    }

    @EventSourcingHandler
    void on(ProcessoAdmitido evento) {
        situacao = SituacaoProcesso.EM_ANALISE;
    }

    @EventSourcingHandler
    void on(ProcessoNaoAdmitido evento) {
        analiseIniciadaEm = evento.reiniciadoEm();
        prazoAnaliseAte = evento.prazoAnaliseAte();
        situacao = SituacaoProcesso.EM_ADMISSIBILIDADE;
    }

    @EventSourcingHandler
    void on(ParecerEmitido evento) {
        if (evento.tipo() == TipoDeParecer.TECNICO) {
            ultimoParecerTecnicoFavoravel = evento.favoravel();
        }
    }

    @EventSourcingHandler
    void on(ComplementacaoSolicitada evento) {
        complementacoes++;
        complementacaoPendente = evento.complementacaoId();
        complementacaoSolicitadaEm = evento.solicitadaEm();
        respostaAte = evento.respostaAte();
        prazoDeComplementacaoProrrogado = false;
        situacao = SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO;
    }

    @EventSourcingHandler
    void on(PrazoDeComplementacaoProrrogado evento) {
        respostaAte = evento.respostaAte();
        prazoDeComplementacaoProrrogado = true;
    }

    @EventSourcingHandler
    void on(ComplementacaoAtendida evento) {
        complementacaoPendente = null;
        diasSuspensos += evento.diasSuspensos();
        prazoAnaliseAte = evento.prazoAnaliseAte();
        situacao = SituacaoProcesso.EM_ANALISE;
    }

    @EventSourcingHandler
    void on(EditalDoRimaPublicado evento) {
        solicitacoesDeAudienciaAte = evento.solicitacoesDeAudienciaAte();
    }

    @EventSourcingHandler
    void on(AudienciaPublicaSolicitada evento) {
        audienciaSolicitada = true;
        prazoAnaliseAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(AudienciaPublicaRealizada evento) {
        audienciaRealizada = true;
    }

    @EventSourcingHandler
    void on(ProcessoDeferido evento) {
        recursos = 0;
        prazoRecursoAte = evento.prazoRecursoAte();
        situacao = SituacaoProcesso.DEFERIDO;
    }

    @EventSourcingHandler
    void on(ProcessoIndeferido evento) {
        recursos = 0;
        prazoRecursoAte = evento.prazoRecursoAte();
        situacao = SituacaoProcesso.INDEFERIDO;
    }

    @EventSourcingHandler
    void on(ProcessoArquivado evento) {
        situacao = SituacaoProcesso.ARQUIVADO;
    }

    @EventSourcingHandler
    void on(RecursoInterposto evento) {
        recursoPendente = evento.recursoId();
        recursos++;
    }

    @EventSourcingHandler
    void on(RecursoJulgado evento) {
        recursoPendente = null;
        situacao = evento.situacaoResultante();
    }

    @EventSourcingHandler
    void on(AnalistaAtribuido evento) {
        analista = evento.analista();
    }

    @EventSourcingHandler
    void on(PrazoDeAnaliseExcedido evento) {
        prazoAnaliseExcedido = true;
    }
}
