package br.licenciamento.notificacao.complementacao;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.*;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Modelos;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.ReferenciaDoProcesso;
import br.licenciamento.notificacao.prazo.SagaAteADecisaoFinal;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The applicant's complementation deadline (LC 140 art. 15-16): the applicant is told what to send and by when;
 * if the day passes unanswered the request is archived (compensating command {@link ArquivarPorPrazoExpirado}) and
 * the applicant is told. An answer after archiving is refused by the process itself.
 */
@Saga
@ProcessingGroup("saga-complementacao")
public class ComplementacaoSaga extends SagaAteADecisaoFinal {

    public static final String PRAZO = "prazo-de-complementacao";

    private ReferenciaDoProcesso processo;
    private String complementacaoId;
    private LocalDate respostaAte;

    @StartSaga
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoProtocolado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        processo = new ReferenciaDoProcesso(evento.processoId(), evento.numero(), evento.requerenteId(),
                evento.empreendimento());
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ComplementacaoSolicitada evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        complementacaoId = evento.complementacaoId();
        respostaAte = evento.respostaAte();
        agendar(PRAZO, PRAZO, DiasLegais.fimDoDia(respostaAte), null);
        notificar(Notificacao.de(eventoId, "COMPLEMENTACAO_SOLICITADA",
                Destinatario.pessoa(processo.requerenteId()), processo.processoId(), null,
                Modelos.complementacaoSolicitada(processo, evento.itens(), respostaAte), respostaAte));
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(PrazoDeComplementacaoProrrogado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        respostaAte = evento.respostaAte();
        agendar(PRAZO, PRAZO, DiasLegais.fimDoDia(respostaAte), null);
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ComplementacaoAtendida evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelar(PRAZO);
        complementacaoId = null;
        respostaAte = null;
    }

    /** The applicant's day is over: archive. The process checks the date again, so an early timer changes nothing. */
    @DeadlineHandler(deadlineName = PRAZO)
    void prazoEsgotado() {
        atividade(PRAZO, agora());
        cumprido(PRAZO);
        enviar(new ArquivarPorPrazoExpirado(processo.processoId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoArquivado evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelarTodos();
        if (evento.motivo() == MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO) {
            notificar(Notificacao.de(eventoId, "ARQUIVADO_SEM_COMPLEMENTACAO",
                    Destinatario.pessoa(processo.requerenteId()), processo.processoId(), null,
                    Modelos.arquivadoPorFaltaDeComplementacao(processo, respostaAte), null));
        }
    }
}
