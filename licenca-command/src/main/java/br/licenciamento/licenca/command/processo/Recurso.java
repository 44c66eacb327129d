package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.InterporRecurso;
import br.licenciamento.api.processo.JulgarRecurso;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.RecursoInterposto;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.processo.SituacaoProcesso;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The appeal against a decision: once, within the regime's term counted from the decision (Lei 9.784: 10 days), and
 * judged only while pending. A member of {@link ProcessoLicenciamento}: it follows the events itself and travels in the
 * aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Recurso {

    private LocalDate prazoAte;
    private String pendente;
    private int interpostos;

    void interpor(String processoId, InterporRecurso comando, SituacaoProcesso situacao, LocalDate hoje, int diasParaJulgar) {
        if (!situacao.decidido()) {
            throw new RegraVioladaException(MENSAGENS, "recurso-sem-decisao", situacao);
        }
        if (pendente != null || interpostos > 0) {
            throw new RegraVioladaException(MENSAGENS, "recurso-unico");
        }
        Fundamentacao.exigir(comando.fundamentos(), "recurso");
        if (hoje.isAfter(prazoAte)) {
            throw new RegraVioladaException(MENSAGENS, "recurso-fora-do-prazo", prazoAte);
        }
        apply(new RecursoInterposto(processoId, comando.recursoId(), comando.fundamentos(), hoje, hoje.plusDays(diasParaJulgar)));
    }

    /** A granted appeal against a refusal sends the request back to analysis; other outcomes keep the decision. */
    void julgar(String processoId, JulgarRecurso comando, SituacaoProcesso situacao, LocalDate hoje) {
        if (pendente == null) {
            throw new RegraVioladaException(MENSAGENS, "recurso-inexistente");
        }
        Fundamentacao.exigir(comando.fundamentos(), "julgamento");
        SituacaoProcesso resultante = comando.provido() && situacao == SituacaoProcesso.INDEFERIDO
                ? SituacaoProcesso.EM_ANALISE : situacao;
        apply(new RecursoJulgado(processoId, pendente, comando.provido(), comando.fundamentos(), hoje, resultante));
    }

    @EventSourcingHandler
    void on(ProcessoDeferido evento) {
        interpostos = 0;
        prazoAte = evento.prazoRecursoAte();
    }

    @EventSourcingHandler
    void on(ProcessoIndeferido evento) {
        interpostos = 0;
        prazoAte = evento.prazoRecursoAte();
    }

    @EventSourcingHandler
    void on(RecursoInterposto evento) {
        pendente = evento.recursoId();
        interpostos++;
    }

    @EventSourcingHandler
    void on(RecursoJulgado evento) {
        pendente = null;
    }
}
