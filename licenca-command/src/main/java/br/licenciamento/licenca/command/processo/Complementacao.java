package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.AtenderComplementacao;
import br.licenciamento.api.processo.ComplementacaoAtendida;
import br.licenciamento.api.processo.ComplementacaoSolicitada;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.PrazoDeComplementacaoProrrogado;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProrrogarPrazoDeComplementacao;
import br.licenciamento.api.processo.SolicitarComplementacao;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The complementation of a process: asked at most once (LC 140 art. 14 par. 1), again only for new facts or an
 * unsatisfactory answer (CONAMA 237 art. 10 IV); answered within the term, which may be extended once; archived when
 * the term passes unanswered. A member of {@link ProcessoLicenciamento}: it follows the events itself and travels in
 * the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Complementacao {

    private int pedidas;
    private String pendente;
    private LocalDate solicitadaEm;
    private LocalDate respostaAte;
    private boolean prorrogada;

    void solicitar(String processoId, SolicitarComplementacao comando, LocalDate hoje, int mesesParaResponder) {
        if (comando.itens() == null || comando.itens().isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-sem-itens");
        }
        if (pedidas > 0 && comando.motivoDeNovaComplementacao() == null) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-unica");
        }
        apply(new ComplementacaoSolicitada(processoId, comando.complementacaoId(), List.copyOf(comando.itens()),
                comando.motivoDeNovaComplementacao(), hoje, hoje.plusMonths(mesesParaResponder)));
    }

    /**
     * Answered in time, with documents of this process: the agency clock resumes, its due date moved by the days it
     * stood still.
     */
    void atender(String processoId, AtenderComplementacao comando, LocalDate hoje,
                 Function<List<String>, List<String>> alheios, RelogioDaAnalise analise) {
        if (comando.documentoIds() == null || comando.documentoIds().isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-exige-documentos");
        }
        List<String> deOutroProcesso = alheios.apply(comando.documentoIds());
        if (!deOutroProcesso.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "documento-de-outro-processo", String.join(", ", deOutroProcesso));
        }
        if (hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-fora-do-prazo", respostaAte);
        }
        long suspensos = ChronoUnit.DAYS.between(solicitadaEm, hoje);
        apply(new ComplementacaoAtendida(processoId, pendente, List.copyOf(comando.documentoIds()), comando.observacao(),
                hoje, suspensos, analise.apos(suspensos)));
    }

    /**
     * An extension on the applicant's justified request (LC 140 art. 15): once, asked before the term expires, and by
     * at most the regime's complementation period again.
     */
    void prorrogar(String processoId, ProrrogarPrazoDeComplementacao comando, LocalDate hoje, int mesesDoRegime) {
        int dias = comando.dias();
        if (prorrogada) {
            throw new RegraVioladaException(MENSAGENS, "prorrogacao-unica");
        }
        if (hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-fora-do-prazo.prorrogacao", respostaAte);
        }
        LocalDate limite = respostaAte.plusMonths(mesesDoRegime);
        LocalDate novoPrazo = respostaAte.plusDays(dias);
        if (dias < 1 || novoPrazo.isAfter(limite)) {
            throw new RegraVioladaException(MENSAGENS, "prorrogacao-alem-do-limite", limite);
        }
        apply(new PrazoDeComplementacaoProrrogado(processoId, pendente, comando.justificativa(), hoje, novoPrazo));
    }

    /** The applicant let the term pass (LC 140 art. 16): archived; a new request pays again. */
    void arquivarPorPrazoExpirado(String processoId, LocalDate hoje) {
        if (!hoje.isAfter(respostaAte)) {
            throw new RegraVioladaException(MENSAGENS, "complementacao-ainda-no-prazo", respostaAte);
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
                MENSAGENS.texto("motivo.complementacao-nao-atendida", respostaAte), hoje, true));
    }

    @EventSourcingHandler
    void on(ComplementacaoSolicitada evento) {
        pedidas++;
        pendente = evento.complementacaoId();
        solicitadaEm = evento.solicitadaEm();
        respostaAte = evento.respostaAte();
        prorrogada = false;
    }

    @EventSourcingHandler
    void on(PrazoDeComplementacaoProrrogado evento) {
        respostaAte = evento.respostaAte();
        prorrogada = true;
    }

    @EventSourcingHandler
    void on(ComplementacaoAtendida evento) {
        pendente = null;
    }
}
