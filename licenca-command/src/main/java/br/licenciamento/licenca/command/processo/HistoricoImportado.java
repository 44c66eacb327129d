package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.catalogo.CatalogoDeRegras;
import br.licenciamento.licenca.command.catalogo.RegrasDoCatalogo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * The past of a process brought in from the agency's former system, told as the events it would have written here,
 * with its original dates: the regime follows the original filing date, and the analysis term, the complementation
 * term, the appeal term and the licence's validity range are those of that regime, counted from the original dates.
 * An import checks every row with this before storing any, and the aggregate applies what it answers, so a row
 * refused by the check is refused by the aggregate for the same reason.
 */
public final class HistoricoImportado {

    /** Situations a former system's process can be brought in at; the steps in between are taken here. */
    public static final Set<SituacaoProcesso> SITUACOES_IMPORTAVEIS = EnumSet.of(SituacaoProcesso.PROTOCOLADO,
            SituacaoProcesso.EM_ANALISE, SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO, SituacaoProcesso.DEFERIDO,
            SituacaoProcesso.INDEFERIDO, SituacaoProcesso.ARQUIVADO);

    /** Longest former number kept (the column that finds an imported process by it). */
    public static final int TAMANHO_DO_NUMERO = 100;

    private final ImportarProcesso comando;
    /** The catalogue's version in force on the original filing day, which the process keeps for good. */
    private final int versaoDoCatalogo;
    private final RegrasDoCatalogo catalogo;
    private final LocalDate hoje;
    private final List<Object> eventos = new ArrayList<>();
    private LocalDate ultimaData;

    private HistoricoImportado(ImportarProcesso comando, CatalogoDeRegras catalogo, LocalDate hoje) {
        this.comando = comando;
        this.versaoDoCatalogo = catalogo.versaoVigenteEm(comando.protocoladoEm() != null ? comando.protocoladoEm() : hoje);
        this.catalogo = catalogo.em(versaoDoCatalogo);
        this.hoje = hoje;
    }

    /** The id a former system's number gets here: the same number always names the same process. */
    public static String processoIdDe(String numeroLegado) {
        return UUID.nameUUIDFromBytes(("processo-importado|" + numeroLegado).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The events that tell this process's past, or the rule its data breaks. */
    public static List<Object> eventos(ImportarProcesso comando, CatalogoDeRegras catalogo, Instant agora) {
        HistoricoImportado historico = new HistoricoImportado(comando, catalogo, DiasLegais.dia(agora));
        historico.contar(agora);
        return List.copyOf(historico.eventos);
    }

    private void contar(Instant agora) {
        exigir(comando.numeroLegado(), "numeroLegado");
        if (comando.numeroLegado().length() > TAMANHO_DO_NUMERO) {
            throw new RegraVioladaException(MENSAGENS, "importacao-historico-incompleto.numero-legado", TAMANHO_DO_NUMERO);
        }
        exigir(comando.protocoladoEm(), "protocoladoEm");
        exigir(comando.tipoLicenca(), "tipoLicenca");
        exigir(comando.requerenteId(), "requerente");
        exigir(comando.empreendimento(), "empreendimento");
        exigir(comando.situacao(), "situacao");
        if (!SITUACOES_IMPORTAVEIS.contains(comando.situacao())) {
            throw new RegraVioladaException(MENSAGENS, "importacao-situacao-nao-suportada", MENSAGENS.ou(SITUACOES_IMPORTAVEIS),
                    comando.situacao(), MENSAGENS.ou(List.of(SituacaoProcesso.PROTOCOLADO, SituacaoProcesso.EM_ANALISE)));
        }
        RegimeJuridico regime = RegimeJuridico.vigenteEm(comando.protocoladoEm().atStartOfDay(DiasLegais.FUSO).toInstant());
        String processoId = comando.processoId();
        data(comando.protocoladoEm(), "protocoladoEm");
        eventos.add(new ProcessoProtocolado(processoId, comando.numeroLegado(), comando.requerenteId(),
                empreendimentoId(), comando.empreendimento(),
                comando.cnae(), comando.municipioIbge(), null, comando.tipoLicenca(), null, regime,
                comando.protocoladoEm().atStartOfDay(DiasLegais.FUSO).toInstant(), versaoDoCatalogo));
        eventos.add(new ProcessoImportado(processoId, comando.numeroLegado(), comando.importacaoId(), comando.situacao(),
                agora));
        coerente(comando.licenca() == null || comando.situacao() == SituacaoProcesso.DEFERIDO, "licenca", SituacaoProcesso.DEFERIDO);
        coerente(comando.indeferimento() == null || comando.situacao() == SituacaoProcesso.INDEFERIDO, "indeferimento",
                SituacaoProcesso.INDEFERIDO);
        coerente(comando.arquivamento() == null || comando.situacao() == SituacaoProcesso.ARQUIVADO, "arquivamento",
                SituacaoProcesso.ARQUIVADO);
        if (comando.situacao() == SituacaoProcesso.PROTOCOLADO) {
            coerente(comando.enquadramento() == null && comando.complementacao() == null, "enquadramento", null);
            return;
        }
        if (comando.situacao() == SituacaoProcesso.ARQUIVADO && comando.enquadramento() == null) {
            arquivar();
            return;
        }
        LocalDate prazoAnalise = enquadrar(regime);
        analisar(regime, prazoAnalise);
        switch (comando.situacao()) {
            case DEFERIDO -> deferir(regime);
            case INDEFERIDO -> indeferir(regime);
            case ARQUIVADO -> arquivar();
            default -> {
            }
        }
    }

    private LocalDate enquadrar(RegimeJuridico regime) {
        ImportarProcesso.Enquadramento enquadramento = comando.enquadramento();
        if (enquadramento == null || enquadramento.porte() == null || enquadramento.potencial() == null) {
            throw incompleto("enquadramento");
        }
        LocalDate enquadradoEm = enquadramento.enquadradoEm() != null ? enquadramento.enquadradoEm() : comando.protocoladoEm();
        data(enquadradoEm, "enquadramento.enquadradoEm");
        int classe = catalogo.classe(enquadramento.porte(), enquadramento.potencial());
        RegraDeProcedimento procedimento = catalogo.procedimento(classe);
        if (!procedimento.tiposAdmitidos().contains(comando.tipoLicenca())) {
            throw new RegraVioladaException(MENSAGENS, "tipo-incompativel-com-procedimento", classe,
                    procedimento.modalidade(), MENSAGENS.e(procedimento.tiposAdmitidos()), comando.tipoLicenca());
        }
        boolean porAdesao = comando.tipoLicenca() == TipoLicenca.LAC
                || procedimento.modalidade() == ModalidadeDeLicenciamento.LAC;
        // CONAMA 237 art. 14 counts the agency's term from the (original) filing; Lei 15.190 art. 47 from the delivery of
        // the studies and documents, which the former system does not tell: they were delivered by the admission.
        LocalDate inicioDaContagem = regime == RegimeJuridico.CONAMA_237 ? comando.protocoladoEm()
                : comando.admitidoEm() != null ? comando.admitidoEm() : enquadradoEm;
        LocalDate prazo = porAdesao ? null : inicioDaContagem.plusMonths(
                catalogo.prazoDeAnaliseMeses(regime, comando.tipoLicenca(), procedimento.exigeEiaRima()));
        eventos.add(new ProcessoEnquadrado(comando.processoId(), enquadramento.porte(), enquadramento.potencial(), classe,
                porAdesao ? ModalidadeDeLicenciamento.LAC : procedimento.modalidade(),
                porAdesao ? List.of() : procedimento.estudos(), procedimento.documentosExigidos(), prazo));
        return prazo;
    }

    private void analisar(RegimeJuridico regime, LocalDate prazoAnalise) {
        LocalDate admitidoEm = comando.admitidoEm() != null ? comando.admitidoEm() : ultimaData;
        data(admitidoEm, "admitidoEm");
        eventos.add(new ProcessoAdmitido(comando.processoId(), admitidoEm));
        ImportarProcesso.Complementacao complementacao = comando.complementacao();
        if (complementacao == null) {
            if (comando.situacao() == SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO) {
                throw incompleto("complementacao");
            }
            return;
        }
        if (complementacao.solicitadaEm() == null || complementacao.itens() == null || complementacao.itens().isEmpty()) {
            throw incompleto("complementacao-itens");
        }
        data(complementacao.solicitadaEm(), "complementacao.solicitadaEm");
        String complementacaoId = comando.processoId() + "-complementacao-1";
        eventos.add(new ComplementacaoSolicitada(comando.processoId(), complementacaoId, List.copyOf(complementacao.itens()),
                null, complementacao.solicitadaEm(),
                complementacao.solicitadaEm().plusMonths(catalogo.parametros(regime).prazoComplementacaoMeses())));
        boolean aguardando = comando.situacao() == SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO
                || comando.situacao() == SituacaoProcesso.ARQUIVADO && complementacao.atendidaEm() == null;
        if (aguardando) {
            coerente(complementacao.atendidaEm() == null, "complementacao.atendidaEm", null);
            return;
        }
        if (complementacao.atendidaEm() == null) {
            throw incompleto("complementacao-atendida");
        }
        data(complementacao.atendidaEm(), "complementacao.atendidaEm");
        long suspensos = ChronoUnit.DAYS.between(complementacao.solicitadaEm(), complementacao.atendidaEm());
        eventos.add(new ComplementacaoAtendida(comando.processoId(), complementacaoId, List.of(),
                MENSAGENS.texto("motivo.atendida-no-sistema-anterior"), complementacao.atendidaEm(), suspensos,
                prazoAnalise == null ? null : prazoAnalise.plusDays(suspensos)));
    }

    private void deferir(RegimeJuridico regime) {
        ImportarProcesso.LicencaLegada licenca = comando.licenca();
        if (licenca == null || licenca.numero() == null || licenca.numero().isBlank() || licenca.emitidaEm() == null
                || licenca.validaAte() == null) {
            throw incompleto("licenca");
        }
        data(licenca.emitidaEm(), "licenca.emitidaEm");
        FaixaDeValidade faixa = catalogo.validade(regime, comando.tipoLicenca());
        if (licenca.validaAte().isBefore(licenca.emitidaEm().plusMonths(faixa.minimoMeses()))
                || licenca.validaAte().isAfter(licenca.emitidaEm().plusMonths(faixa.maximoMeses()))) {
            throw new RegraVioladaException(MENSAGENS, "validade-fora-da-faixa.importada", comando.tipoLicenca(), regime,
                    faixa.minimoMeses(), faixa.maximoMeses(), licenca.numero(), licenca.emitidaEm(), licenca.validaAte());
        }
        List<ImportarProcesso.Condicionante> informadas = licenca.condicionantes() == null ? List.of() : licenca.condicionantes();
        List<CondicionanteDefinida> condicionantes = IntStream.range(0, informadas.size()).mapToObj(i -> {
            ImportarProcesso.Condicionante condicionante = informadas.get(i);
            if (condicionante == null || condicionante.descricao() == null || condicionante.descricao().isBlank()
                    || condicionante.prazo() == null || condicionante.prazo().isBefore(licenca.emitidaEm())
                    || condicionante.prazo().isAfter(licenca.validaAte())) {
                throw new RegraVioladaException(MENSAGENS, "condicionante-fora-da-validade.importada", i + 1,
                        licenca.emitidaEm(), licenca.validaAte());
            }
            return new CondicionanteDefinida("condicionante-" + (i + 1), condicionante.descricao(), condicionante.prazo());
        }).toList();
        String fundamentos = licenca.fundamentos() != null && !licenca.fundamentos().isBlank() ? licenca.fundamentos()
                : MENSAGENS.texto("motivo.licenca-do-sistema-anterior");
        eventos.add(new ProcessoDeferido(comando.processoId(), licencaIdDe(comando.numeroLegado()), comando.requerenteId(),
                empreendimentoId(), comando.empreendimento(), comando.tipoLicenca(),
                regime, licenca.emitidaEm(), licenca.validaAte(), condicionantes, fundamentos,
                licenca.emitidaEm().plusDays(catalogo.parametros(regime).prazoRecursoDias()), licenca.numero()));
    }

    private void indeferir(RegimeJuridico regime) {
        ImportarProcesso.Decisao decisao = comando.indeferimento();
        if (decisao == null || decisao.decididoEm() == null || decisao.fundamentos() == null || decisao.fundamentos().isBlank()) {
            throw incompleto("indeferimento");
        }
        data(decisao.decididoEm(), "indeferimento.decididoEm");
        eventos.add(new ProcessoIndeferido(comando.processoId(), decisao.fundamentos(), decisao.decididoEm(),
                decisao.decididoEm().plusDays(catalogo.parametros(regime).prazoRecursoDias())));
    }

    private void arquivar() {
        ImportarProcesso.Arquivamento arquivamento = comando.arquivamento();
        if (arquivamento == null || arquivamento.arquivadoEm() == null || arquivamento.motivo() == null) {
            throw incompleto("arquivamento");
        }
        data(arquivamento.arquivadoEm(), "arquivamento.arquivadoEm");
        eventos.add(new ProcessoArquivado(comando.processoId(), arquivamento.motivo(),
                arquivamento.detalhe() != null ? arquivamento.detalhe() : MENSAGENS.texto("motivo.arquivado-no-sistema-anterior"),
                arquivamento.arquivadoEm(), arquivamento.motivo() != MotivoDeArquivamento.DESISTENCIA));
    }

    private String empreendimentoId() {
        return comando.empreendimentoId() != null ? comando.empreendimentoId() : comando.processoId();
    }

    /** The licence id a former system's process number gets here, stable across repeated imports. */
    static String licencaIdDe(String numeroLegado) {
        return UUID.nameUUIDFromBytes(("licenca-importada|" + numeroLegado).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Dates of a past fact: never after today, and each step on or after the one before it. */
    private void data(LocalDate data, String campo) {
        if (data.isAfter(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "importacao-data-no-futuro", campo, data, hoje);
        }
        if (ultimaData != null && data.isBefore(ultimaData)) {
            throw new RegraVioladaException(MENSAGENS, "importacao-datas-fora-de-ordem", campo, data, ultimaData);
        }
        ultimaData = data;
    }

    private static void exigir(Object valor, String campo) {
        if (valor == null || valor instanceof String texto && texto.isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "importacao-historico-incompleto.campo", campo);
        }
    }

    /** {@code exigida} null: the part belongs to a process in analysis or past it. */
    private void coerente(boolean coerente, String parte, SituacaoProcesso exigida) {
        if (!coerente) {
            throw exigida == null
                    ? new RegraVioladaException(MENSAGENS, "importacao-historico-incoerente.em-analise-ou-posterior",
                    comando.situacao(), parte)
                    : new RegraVioladaException(MENSAGENS, "importacao-historico-incoerente", comando.situacao(), parte, exigida);
        }
    }

    /** {@code oQue} names the variant of {@code importacao-historico-incompleto} that says what is missing. */
    private RegraVioladaException incompleto(String oQue) {
        return new RegraVioladaException(MENSAGENS, "importacao-historico-incompleto." + oQue, comando.situacao());
    }
}
