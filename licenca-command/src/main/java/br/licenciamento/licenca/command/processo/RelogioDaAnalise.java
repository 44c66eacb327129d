package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.AudienciaPublicaSolicitada;
import br.licenciamento.api.processo.ComplementacaoAtendida;
import br.licenciamento.api.processo.ConcluirAdmissibilidade;
import br.licenciamento.api.processo.DocumentacaoEntregue;
import br.licenciamento.api.processo.PagamentoConfirmado;
import br.licenciamento.api.processo.PrazoDeAnaliseExcedido;
import br.licenciamento.api.processo.ProcessoAdmitido;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoNaoAdmitido;
import br.licenciamento.api.processo.SituacaoProcesso;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The agency's analysis clock: when the analysis started (payment), its due date (set on classification or on the
 * delivery of the documents, restarted on non-admission, moved by a hearing under CONAMA 237 and by the days a
 * complementation kept it still), and whether it was passed. No tacit approval when the agency is late (LC 140 art. 14
 * par. 3): passing it only raises a flag. A member of
 * {@link ProcessoLicenciamento}: it follows the events itself and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class RelogioDaAnalise {

    private LocalDate iniciadaEm;
    private LocalDate prazoAte;
    private long diasSuspensos;
    private boolean excedido;

    /**
     * Admissibility (Lei 15.190 art. 47 par. 2): the study may be found not to meet the terms of reference only within
     * the regime's window after the analysis started, if it has one; then the procedure and the clock restart.
     */
    void concluirAdmissibilidade(String processoId, ConcluirAdmissibilidade comando, LocalDate hoje, Integer janelaEmDias,
                                 int mesesDeAnalise) {
        if (comando.admitido()) {
            apply(new ProcessoAdmitido(processoId, hoje));
            return;
        }
        Fundamentacao.exigir(comando.motivo(), "nao-admissao");
        if (janelaEmDias != null && hoje.isAfter(iniciadaEm.plusDays(janelaEmDias))) {
            throw new RegraVioladaException(MENSAGENS, "admissibilidade-15-dias", janelaEmDias, iniciadaEm,
                    iniciadaEm.plusDays(janelaEmDias));
        }
        apply(new ProcessoNaoAdmitido(processoId, comando.motivo(), hoje, prazoAte == null ? null : hoje.plusMonths(mesesDeAnalise)));
    }

    /** CONAMA 237 art. 14: 12 months when there is a public hearing, counted from filing, plus the paused days. */
    LocalDate comAudiencia(LocalDate protocoladoEm, int mesesComAudiencia) {
        if (prazoAte == null) {
            return null;
        }
        LocalDate comAudiencia = protocoladoEm.plusMonths(mesesComAudiencia).plusDays(diasSuspensos);
        return comAudiencia.isAfter(prazoAte) ? comAudiencia : prazoAte;
    }

    /** The due date moved by the days a complementation kept the clock still; none while it waits for documents. */
    LocalDate apos(long diasParado) {
        return prazoAte == null ? null : prazoAte.plusDays(diasParado);
    }

    void sinalizarExcedido(String processoId, LocalDate hoje, SituacaoProcesso situacao) {
        if (situacao.encerrado() || prazoAte == null || situacao == SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO
                || !hoje.isAfter(prazoAte) || excedido) {
            throw new RegraVioladaException(MENSAGENS, "prazo-de-analise-em-curso", prazoAte, situacao);
        }
        apply(new PrazoDeAnaliseExcedido(processoId, prazoAte, hoje));
    }

    LocalDate prazoAte() {
        return prazoAte;
    }

    @EventSourcingHandler
    void on(ProcessoEnquadrado evento) {
        prazoAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(DocumentacaoEntregue evento) {
        prazoAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(PagamentoConfirmado evento) {
        iniciadaEm = evento.analiseIniciadaEm();
    }

    @EventSourcingHandler
    void on(ProcessoNaoAdmitido evento) {
        iniciadaEm = evento.reiniciadoEm();
        prazoAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(ComplementacaoAtendida evento) {
        diasSuspensos += evento.diasSuspensos();
        prazoAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(AudienciaPublicaSolicitada evento) {
        prazoAte = evento.prazoAnaliseAte();
    }

    @EventSourcingHandler
    void on(PrazoDeAnaliseExcedido evento) {
        excedido = true;
    }
}
