package br.licenciamento.notificacao.analise;

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
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The agency's analysis clock (CONAMA 237 art. 14; Lei 15.190 art. 47). It follows the due date the process carries
 * in its events, pauses while a complementation is pending, warns the assigned analyst and the managers at 80% of the time and
 * on breach, and asks the process to record the breach ({@link SinalizarPrazoDeAnaliseExcedido}) for the statistics.
 * It never approves anything: a late agency gives no tacit licence (LC 140 art. 14 par. 3).
 */
@Saga
@ProcessingGroup("saga-prazo-de-analise")
public class PrazoDeAnaliseSaga extends SagaAteADecisaoFinal {

    public static final String ALERTA = "alerta-de-prazo-de-analise";
    public static final String EXCEDIDO = "prazo-de-analise-excedido";
    private static final double FRACAO_DO_ALERTA = 0.8;

    private ReferenciaDoProcesso processo;
    /** Start of the clock (filing, or the restart after non-admission), moved forward by every pause. */
    private LocalDate inicio;
    private LocalDate prazo;
    private boolean pausado;
    private boolean alertado;
    /** The analyst assigned to the process; until there is one, every analyst is warned. */
    private String analista;

    @StartSaga
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoProtocolado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        processo = new ReferenciaDoProcesso(evento.processoId(), evento.numero(), evento.requerenteId(),
                evento.empreendimento());
        inicio = DiasLegais.dia(evento.protocoladoEm());
    }

    /**
     * Classification sets the due date, or under Lei 15.190 leaves it to the delivery of the documents it requires;
     * LAC has no prior analysis, so no clock.
     */
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoEnquadrado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        if (evento.modalidade() == ModalidadeDeLicenciamento.LAC) {
            SagaLifecycle.end();
            return;
        }
        prazo = evento.prazoAnaliseAte();
        agendarRelogio();
    }

    /** Lei 15.190 art. 47: the clock starts on the day the last required document arrived. */
    @SagaEventHandler(associationProperty = "processoId")
    void on(DocumentacaoEntregue evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        inicio = evento.entregueEm();
        prazo = evento.prazoAnaliseAte();
        agendarRelogio();
    }

    /** Not admitted (Lei 15.190 art. 47 par. 2): the procedure and the clock restart. */
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoNaoAdmitido evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        if (evento.prazoAnaliseAte() == null) {
            return;
        }
        inicio = evento.reiniciadoEm();
        prazo = evento.prazoAnaliseAte();
        alertado = false;
        agendarRelogio();
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ComplementacaoSolicitada evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        pausado = true;
        cancelarTodos();
    }

    /** The clock resumes: the process already moved the due date by the paused days; the 80% mark moves with it. */
    @SagaEventHandler(associationProperty = "processoId")
    void on(ComplementacaoAtendida evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        pausado = false;
        inicio = inicio.plusDays(evento.diasSuspensos());
        if (evento.prazoAnaliseAte() != null) {
            prazo = evento.prazoAnaliseAte();
        }
        agendarRelogio();
    }

    /** A public hearing may lengthen the analysis time (CONAMA 237 art. 14: 12 months). */
    @SagaEventHandler(associationProperty = "processoId")
    void on(AudienciaPublicaSolicitada evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        if (evento.prazoAnaliseAte() != null && !evento.prazoAnaliseAte().equals(prazo)) {
            prazo = evento.prazoAnaliseAte();
            agendarRelogio();
        }
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(AnalistaAtribuido evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        analista = evento.analista();
    }

    /** Who answers for the analysis time: the assigned analyst (or all analysts while none is) and the managers. */
    private List<Destinatario> orgao() {
        return List.of(analista != null ? Destinatario.usuario(analista) : Destinatario.papel("ANALISTA"),
                Destinatario.papel("GESTOR"));
    }

    private void agendarRelogio() {
        if (prazo == null || pausado) {
            return;
        }
        if (!alertado) {
            agendar(ALERTA, ALERTA, DiasLegais.inicioDoDia(DiasLegais.fracao(inicio, prazo, FRACAO_DO_ALERTA)), null);
        }
        agendar(EXCEDIDO, EXCEDIDO, DiasLegais.fimDoDia(prazo), null);
    }

    @DeadlineHandler(deadlineName = ALERTA)
    void alertaDe80PorCento() {
        Instant agora = agora();
        atividade(ALERTA, agora);
        cumprido(ALERTA);
        alertado = true;
        String origem = processo.processoId() + "|" + ALERTA + "|" + prazo;
        for (Destinatario destinatario : orgao()) {
            notificar(Notificacao.de(origem, "PRAZO_DE_ANALISE_80", destinatario, processo.processoId(), null,
                    Modelos.prazoDeAnaliseEm80(processo, prazo), prazo));
        }
    }

    /** The due day is over: the process records the breach (and refuses it if the clock moved meanwhile). */
    @DeadlineHandler(deadlineName = EXCEDIDO)
    void prazoExcedido() {
        atividade(EXCEDIDO, agora());
        cumprido(EXCEDIDO);
        enviar(new SinalizarPrazoDeAnaliseExcedido(processo.processoId()));
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(PrazoDeAnaliseExcedido evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        for (Destinatario destinatario : orgao()) {
            notificar(Notificacao.de(eventoId, "PRAZO_DE_ANALISE_EXCEDIDO", destinatario,
                    processo.processoId(), null, Modelos.prazoDeAnaliseExcedidoAoOrgao(processo, evento.prazoAnaliseAte()),
                    null));
        }
        notificar(Notificacao.de(eventoId, "PRAZO_DE_ANALISE_EXCEDIDO",
                Destinatario.pessoa(processo.requerenteId()), processo.processoId(), null,
                Modelos.prazoDeAnaliseExcedidoAoRequerente(processo, evento.prazoAnaliseAte()), null));
    }

    /** A granted appeal against a refusal: the analysis clock runs again. */
    @Override
    protected void analiseReaberta() {
        agendarRelogio();
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoArquivado evento) {
        encerrar();
    }
}
