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
        String nomes = String.join(" ou ", exigidos.stream().map(Enum::name).toList());
        String regra = "licenca-anterior-exigida";
        if (comando.licencaAnteriorId() == null || comando.licencaAnteriorId().isBlank()) {
            throw new RegraVioladaException(regra, "Um pedido de " + comando.tipoLicenca() + " exige uma " + nomes
                    + " valida do mesmo empreendimento: informe a licenca anterior.");
        }
        Optional<LicencaRegistrada> anterior = registro.buscar(comando.licencaAnteriorId());
        if (anterior.isEmpty() || !exigidos.contains(anterior.get().tipoLicenca())) {
            throw new RegraVioladaException(regra, "A licenca anterior informada nao e uma " + nomes
                    + " emitida por este orgao.");
        }
        if (!anterior.get().empreendimentoId().equals(empreendimentoDoPedido)) {
            throw new RegraVioladaException(regra, "A licenca anterior informada e de outro empreendimento.");
        }
        if (!anterior.get().validaEm(hoje)) {
            throw new RegraVioladaException(regra, "A licenca anterior informada nao esta valida (situacao "
                    + anterior.get().situacao() + ", validade ate " + anterior.get().validaAte() + ").");
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
            throw new RegraVioladaException("tipo-incompativel-com-procedimento", "A classe " + classe + " segue o "
                    + "procedimento " + procedimento.modalidade() + ", que admite " + procedimento.tiposAdmitidos()
                    + "; o pedido de " + tipoLicenca + " nao cabe nele.");
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
            throw new RegraVioladaException("guia-duplicada", "Ja existe uma guia com o identificador " + comando.guiaId() + ".");
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
            throw new RegraVioladaException("guia-inexistente", "O processo nao tem guia " + comando.guiaId() + ".");
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
            throw new RegraVioladaException("lac-sem-analise-previa",
                    "A LAC e concedida por adesao e compromisso, sem analise previa de admissibilidade.");
        }
        LocalDate hoje = hoje(relogio);
        if (comando.admitido()) {
            apply(new ProcessoAdmitido(processoId, hoje));
            return versao();
        }
        exigirTexto(comando.motivo(), "o motivo da nao admissao");
        Integer janela = catalogo.em(versaoDoCatalogo).parametros(regime).prazoAdmissibilidadeDias();
        if (janela != null && hoje.isAfter(analiseIniciadaEm.plusDays(janela))) {
            throw new RegraVioladaException("admissibilidade-15-dias", "A nao admissao so pode ser declarada em ate "
                    + janela + " dias do inicio da analise (" + analiseIniciadaEm + "); o prazo acabou em "
                    + analiseIniciadaEm.plusDays(janela) + ".");
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
            throw new RegraVioladaException("vistoria-no-futuro", "A vistoria so pode ser registrada depois de realizada.");
        }
        apply(new VistoriaRealizada(processoId, comando.vistoriaId(), comando.realizadaEm(), comando.relato()));
        return versao();
    }

    @CommandHandler
    public long handle(EmitirParecer comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE);
        exigirTexto(comando.texto(), "o texto do parecer");
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
            throw new RegraVioladaException("complementacao-sem-itens", "Informe o que o requerente deve complementar.");
        }
        if (complementacoes > 0 && comando.motivoDeNovaComplementacao() == null) {
            throw new RegraVioladaException("complementacao-unica", "A complementacao ja foi pedida uma vez; so pode ser "
                    + "pedida de novo diante de fato novo ou de resposta insatisfatoria (LC 140 art. 14 par. 1).");
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
            throw new RegraVioladaException("complementacao-exige-documentos",
                    "A complementacao e atendida com documentos: anexe-os ao processo e informe-os.");
        }
        List<String> alheios = documentos.alheios(processoId, comando.documentoIds());
        if (!alheios.isEmpty()) {
            throw new RegraVioladaException("documento-de-outro-processo", "Estes documentos nao foram anexados a este "
                    + "processo: " + String.join(", ", alheios) + ".");
        }
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException("complementacao-fora-do-prazo", "O prazo para atender a complementacao "
                    + "acabou em " + respostaAte + "; o processo sera arquivado (LC 140 art. 16).");
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
        exigirTexto(comando.justificativa(), "a justificativa da prorrogacao");
        if (prazoDeComplementacaoProrrogado) {
            throw new RegraVioladaException("prorrogacao-unica", "O prazo desta complementacao ja foi prorrogado uma vez.");
        }
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException("complementacao-fora-do-prazo", "O prazo para atender a complementacao "
                    + "acabou em " + respostaAte + "; ja nao pode ser prorrogado.");
        }
        LocalDate limite = respostaAte.plusMonths(catalogo.em(versaoDoCatalogo).parametros(regime).prazoComplementacaoMeses());
        LocalDate novoPrazo = respostaAte.plusDays(comando.dias());
        if (comando.dias() < 1 || novoPrazo.isAfter(limite)) {
            throw new RegraVioladaException("prorrogacao-alem-do-limite", "A prorrogacao vai de 1 dia ate " + limite
                    + " (mais um periodo de complementacao).");
        }
        apply(new PrazoDeComplementacaoProrrogado(processoId, complementacaoPendente, comando.justificativa(), hoje, novoPrazo));
        return versao();
    }

    /** The RIMA notice opens at least 45 days for hearing requests (CONAMA 09/1987 art. 2); only with EIA/RIMA. */
    @CommandHandler
    public long handle(PublicarEditalDoRima comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.EM_ANALISE, SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO);
        if (!exigeEiaRima) {
            throw new RegraVioladaException("edital-rima-sem-eia", "O edital do RIMA so existe em processos com EIA/RIMA.");
        }
        if (solicitacoesDeAudienciaAte != null) {
            throw new RegraVioladaException("edital-rima-ja-publicado", "O edital do RIMA deste processo ja foi publicado.");
        }
        LocalDate hoje = hoje(relogio);
        if (comando.solicitacoesDeAudienciaAte() == null || comando.solicitacoesDeAudienciaAte().isBefore(hoje.plusDays(45))) {
            throw new RegraVioladaException("edital-rima-45-dias", "O prazo para pedir audiencia publica e de no minimo "
                    + "45 dias do edital do RIMA: ate " + hoje.plusDays(45) + " ou depois (CONAMA 09/1987 art. 2).");
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
            throw new RegraVioladaException("audiencia-publica-50-cidadaos", "Cidadaos pedem audiencia publica com 50 "
                    + "ou mais assinaturas (CONAMA 09/1987 art. 2); vieram " + comando.assinaturas() + ".");
        }
        if (solicitacoesDeAudienciaAte != null && comando.solicitante() != SolicitanteDeAudiencia.ORGAO_LICENCIADOR
                && hoje(relogio).isAfter(solicitacoesDeAudienciaAte)) {
            throw new RegraVioladaException("audiencia-publica-fora-do-prazo", "O prazo do edital do RIMA para pedir "
                    + "audiencia publica acabou em " + solicitacoesDeAudienciaAte + "; so o orgao pode convoca-la agora.");
        }
        if (audienciaSolicitada) {
            throw new RegraVioladaException("audiencia-publica-ja-solicitada", "A audiencia publica deste processo ja foi solicitada.");
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
            throw new RegraVioladaException("audiencia-no-futuro", "A audiência pública só pode ser registrada depois de "
                    + "realizada: informe a data em que aconteceu, até hoje (" + hoje(relogio) + ").");
        }
        if (!audienciaSolicitada) {
            throw new RegraVioladaException("audiencia-publica-nao-solicitada", "Nao ha audiencia publica solicitada neste processo.");
        }
        if (audienciaRealizada) {
            throw new RegraVioladaException("audiencia-publica-ja-realizada", "A audiencia publica deste processo ja foi realizada.");
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
            throw new RegraVioladaException("documentos-exigidos-pendentes", "A licença só é concedida com os estudos e "
                    + "documentos exigidos no enquadramento entregues e aceitos (Lei 15.190 art. 5º § 1º; CONAMA 237 "
                    + "art. 10); falta aceitar: " + String.join(", ", pendentes) + ".");
        }
        if (audienciaSolicitada && !audienciaRealizada) {
            throw new RegraVioladaException("audiencia-publica-pendente", "Ha audiencia publica solicitada e ainda nao "
                    + "realizada; uma licenca concedida sem ela e invalida (CONAMA 09/1987 art. 2 par. 2).");
        }
        if (solicitacoesDeAudienciaAte != null && !hoje(relogio).isAfter(solicitacoesDeAudienciaAte)) {
            throw new RegraVioladaException("audiencia-publica-prazo-aberto", "Ainda se pode pedir audiencia publica ate "
                    + solicitacoesDeAudienciaAte + " (edital do RIMA); a decisao espera o fim desse prazo.");
        }
        if (!Boolean.TRUE.equals(ultimoParecerTecnicoFavoravel)) {
            throw new RegraVioladaException("parecer-tecnico-conclusivo", "O deferimento exige parecer tecnico conclusivo favoravel.");
        }
        FaixaDeValidade faixa = catalogo.em(versaoDoCatalogo).validade(regime, tipoLicenca);
        if (!faixa.admite(comando.validadeMeses())) {
            throw new RegraVioladaException("validade-fora-da-faixa", "A validade de uma " + tipoLicenca + " no regime "
                    + regime + " vai de " + faixa.minimoMeses() + " a " + faixa.maximoMeses() + " meses; foram pedidos "
                    + comando.validadeMeses() + ".");
        }
        LocalDate hoje = hoje(relogio);
        LocalDate validaAte = hoje.plusMonths(comando.validadeMeses());
        List<CondicionanteDefinida> condicionantes = comando.condicionantes() == null ? List.of() : List.copyOf(comando.condicionantes());
        for (CondicionanteDefinida condicionante : condicionantes) {
            if (condicionante.prazo() == null || condicionante.prazo().isBefore(hoje) || condicionante.prazo().isAfter(validaAte)) {
                throw new RegraVioladaException("condicionante-fora-da-validade", "A condicionante '"
                        + condicionante.descricao() + "' precisa de prazo entre hoje e o fim da validade (" + validaAte + ").");
            }
        }
        deferir(comando.licencaId(), hoje, validaAte, condicionantes, comando.fundamentos(), catalogo);
        return versao();
    }

    @CommandHandler
    public long handle(IndeferirProcesso comando, Clock relogio, CatalogoDeRegras catalogo) {
        exigirSituacao(SituacaoProcesso.EM_ADMISSIBILIDADE, SituacaoProcesso.EM_ANALISE);
        exigirTexto(comando.fundamentos(), "os fundamentos do indeferimento");
        LocalDate hoje = hoje(relogio);
        apply(new ProcessoIndeferido(processoId, comando.fundamentos(), hoje,
                hoje.plusDays(catalogo.em(versaoDoCatalogo).parametros(regime).prazoRecursoDias())));
        return versao();
    }

    /** LAC: the applicant's self-declaration grants the licence without prior technical analysis. */
    @CommandHandler
    public long handle(DeclararAdesaoECompromisso comando, Clock relogio, CatalogoDeRegras catalogo) {
        if (modalidade != ModalidadeDeLicenciamento.LAC) {
            throw new RegraVioladaException("adesao-apenas-para-lac",
                    "A declaracao de adesao e compromisso so vale para processos enquadrados como LAC.");
        }
        exigirSituacao(SituacaoProcesso.EM_ADMISSIBILIDADE);
        exigirTexto(comando.declaracao(), "a declaracao de adesao e compromisso");
        LocalDate hoje = hoje(relogio);
        apply(new AdesaoECompromissoDeclarada(processoId, comando.declaracao(), hoje));
        FaixaDeValidade faixa = catalogo.em(versaoDoCatalogo).validade(regime, tipoLicenca);
        deferir(comando.licencaId(), hoje, hoje.plusMonths(faixa.maximoMeses()), List.of(),
                "Licenca por adesao e compromisso, conforme declaracao do requerente.", catalogo);
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
            throw new RegraVioladaException("complementacao-ainda-no-prazo", "O requerente tem ate " + respostaAte
                    + " para atender a complementacao; o processo nao pode ser arquivado antes disso.");
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
                "Complementacao nao atendida ate " + respostaAte + ".", hoje, true));
        return versao();
    }

    /** The fee slip stayed unpaid past the agency's term (sent by the fee saga): the request is cancelled. */
    @CommandHandler
    public long handle(CancelarPorFaltaDePagamento comando, Clock relogio) {
        exigirSituacao(SituacaoProcesso.AGUARDANDO_PAGAMENTO);
        if (!Boolean.FALSE.equals(guiasPagas.get(comando.guiaId()))) {
            throw new RegraVioladaException("guia-inexistente", "O processo nao tem guia em aberto " + comando.guiaId() + ".");
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.TAXA_NAO_PAGA,
                "Guia " + comando.guiaId() + " nao paga no prazo.", hoje(relogio), true));
        return versao();
    }

    @CommandHandler
    public long handle(DesistirDoProcesso comando, Clock relogio) {
        if (situacao.encerrado()) {
            throw new RegraVioladaException("processo-encerrado", "O processo ja esta " + situacao + "; nao ha do que desistir.");
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.DESISTENCIA, comando.motivo(), hoje(relogio), false));
        return versao();
    }

    /** Appeal against the decision, within the regime's deadline (Lei 9.784: 10 days), once. */
    @CommandHandler
    public long handle(InterporRecurso comando, Clock relogio, CatalogoDeRegras catalogo) {
        if (!situacao.decidido()) {
            throw new RegraVioladaException("recurso-sem-decisao", "So cabe recurso contra uma decisao; o processo esta " + situacao + ".");
        }
        if (recursoPendente != null || recursos > 0) {
            throw new RegraVioladaException("recurso-unico", "Ja houve recurso contra esta decisao.");
        }
        exigirTexto(comando.fundamentos(), "os fundamentos do recurso");
        LocalDate hoje = hoje(relogio);
        if (hoje.isAfter(prazoRecursoAte)) {
            throw new RegraVioladaException("recurso-fora-do-prazo", "O prazo de recurso acabou em " + prazoRecursoAte + ".");
        }
        apply(new RecursoInterposto(processoId, comando.recursoId(), comando.fundamentos(), hoje,
                hoje.plusDays(catalogo.em(versaoDoCatalogo).parametros(regime).prazoJulgamentoRecursoDias())));
        return versao();
    }

    @CommandHandler
    public long handle(JulgarRecurso comando, Clock relogio) {
        if (recursoPendente == null) {
            throw new RegraVioladaException("recurso-inexistente", "Nao ha recurso pendente neste processo.");
        }
        exigirTexto(comando.fundamentos(), "os fundamentos do julgamento");
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
            throw new RegraVioladaException("prazo-de-analise-em-curso", "O prazo de analise do orgao nao esta vencido"
                    + " ou ja foi sinalizado (prazo " + prazoAnaliseAte + ", situacao " + situacao + ").");
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
        exigirTexto(comando.analista(), "o analista");
        if (situacao.encerrado()) {
            throw new RegraVioladaException("atribuicao-em-processo-encerrado", "O processo esta " + situacao
                    + "; nao ha analise a atribuir.");
        }
        if (modalidade == ModalidadeDeLicenciamento.LAC) {
            throw new RegraVioladaException("lac-sem-analise-previa",
                    "A LAC e concedida por adesao e compromisso, sem analise previa a atribuir.");
        }
        if (comando.analista().equals(analista)) {
            throw new RegraVioladaException("analista-ja-atribuido", "O processo ja esta atribuido a " + analista + ".");
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
        throw new RegraVioladaException("etapa-fora-de-ordem", "Esta etapa nao cabe agora: o processo esta " + situacao
                + " e ela exige " + String.join(" ou ", Arrays.stream(permitidas).map(Enum::name).toList()) + ".");
    }

    private static void exigirTexto(String texto, String oQue) {
        if (texto == null || texto.isBlank()) {
            throw new RegraVioladaException("fundamentacao-obrigatoria", "Informe " + oQue + ".");
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
