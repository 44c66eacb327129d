package br.licenciamento.notificacao.prazo;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.RecursoInterposto;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.processo.SituacaoProcesso;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;

import java.time.Instant;

/**
 * A saga that follows one licensing process until its decision is final. It ends on a grant; after a refusal it
 * waits out the appeal time (Lei 9.784 art. 59), because a granted appeal sends the request back to analysis, and
 * ends when no appeal came or the appeal closed the process. Each saga still decides what an archive means to it.
 */
public abstract class SagaAteADecisaoFinal extends SagaComPrazos {

    public static final String FIM_DO_RECURSO = "fim-do-prazo-de-recurso";

    @SagaEventHandler(associationProperty = "processoId")
    protected void on(ProcessoDeferido evento) {
        encerrar();
    }

    @SagaEventHandler(associationProperty = "processoId")
    protected void on(ProcessoIndeferido evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelarTodos();
        agendar(FIM_DO_RECURSO, FIM_DO_RECURSO, DiasLegais.fimDoDia(evento.prazoRecursoAte()), null);
    }

    @SagaEventHandler(associationProperty = "processoId")
    protected void on(RecursoInterposto evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelar(FIM_DO_RECURSO);
    }

    @SagaEventHandler(associationProperty = "processoId")
    protected void on(RecursoJulgado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        if (evento.situacaoResultante() == SituacaoProcesso.EM_ANALISE) {
            analiseReaberta();
        } else if (evento.situacaoResultante().encerrado()) {
            encerrar();
        }
    }

    @DeadlineHandler(deadlineName = FIM_DO_RECURSO)
    protected void semRecurso() {
        encerrar();
    }

    /** A granted appeal reopened the analysis; nothing to do unless the saga keeps a clock of the analysis. */
    protected void analiseReaberta() {
    }

    protected void encerrar() {
        cancelarTodos();
        SagaLifecycle.end();
    }
}
