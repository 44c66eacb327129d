package br.licenciamento.notificacao.condicionante;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.licenca.*;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.notificacao.ParametrosDasSagas;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Modelos;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.prazo.SagaComPrazos;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A licence's conditions: a reminder to the holder before each due date; a condition still without an approved
 * report after its day is recorded as non-compliant ({@link RegistrarDescumprimentoDeCondicionante}) and the analysts
 * are told. Conditions stay enforceable after suspension or cancellation, so those do not end it.
 */
@Saga
@ProcessingGroup("saga-condicionantes")
public class CondicionantesSaga extends SagaComPrazos {

    public static final String LEMBRETE = "lembrete-de-condicionante";
    public static final String VENCIDA = "condicionante-vencida";

    @Autowired
    private transient ParametrosDasSagas parametros;

    private String licencaId;
    private String numero;
    private String titularId;
    /** Conditions still open, by id. */
    private Map<String, CondicionanteDefinida> abertas = new LinkedHashMap<>();


    @StartSaga
    @SagaEventHandler(associationProperty = "licencaId")
    void on(LicencaEmitida evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        licencaId = evento.licencaId();
        numero = evento.numero();
        titularId = evento.requerenteId();
        for (CondicionanteDefinida condicionante : evento.condicionantes()) {
            abertas.put(condicionante.condicionanteId(), condicionante);
            Instant lembrete = DiasLegais.inicioDoDia(condicionante.prazo().minusDays(parametros.getCondicionantes().getLembreteDias()));
            if (lembrete.isAfter(quando)) {
                agendar(LEMBRETE + ":" + condicionante.condicionanteId(), LEMBRETE, lembrete, condicionante.condicionanteId());
            }
            agendarVencimento(condicionante);
        }
        if (abertas.isEmpty()) {
            SagaLifecycle.end();
        }
    }

    private void agendarVencimento(CondicionanteDefinida condicionante) {
        agendar(VENCIDA + ":" + condicionante.condicionanteId(), VENCIDA, DiasLegais.fimDoDia(condicionante.prazo()),
                condicionante.condicionanteId());
    }

    @DeadlineHandler(deadlineName = LEMBRETE)
    void lembrete(String condicionanteId) {
        atividade(LEMBRETE, agora());
        cumprido(LEMBRETE + ":" + condicionanteId);
        CondicionanteDefinida condicionante = abertas.get(condicionanteId);
        if (condicionante == null) {
            return;
        }
        notificar(Notificacao.de(licencaId + "|" + LEMBRETE + "|" + condicionanteId + "|" + condicionante.prazo(),
                "LEMBRETE_DE_CONDICIONANTE", Destinatario.pessoa(titularId), null, licencaId,
                Modelos.condicionanteSeAproxima(numero, condicionante.descricao(), condicionante.prazo()),
                condicionante.prazo()));
    }

    /** A report arrived: no longer overdue while it is evaluated. */
    @SagaEventHandler(associationProperty = "licencaId")
    void on(RelatorioDeCondicionanteApresentado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelar(LEMBRETE + ":" + evento.condicionanteId());
        cancelar(VENCIDA + ":" + evento.condicionanteId());
    }

    /** Approved: fulfilled. Refused: the due date applies again (at once if it passed). */
    @SagaEventHandler(associationProperty = "licencaId")
    void on(RelatorioDeCondicionanteAvaliado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        CondicionanteDefinida condicionante = abertas.get(evento.condicionanteId());
        if (condicionante == null) {
            return;
        }
        if (evento.aprovado()) {
            encerrarCondicionante(evento.condicionanteId());
        } else {
            agendarVencimento(condicionante);
        }
    }

    @DeadlineHandler(deadlineName = VENCIDA)
    void vencida(String condicionanteId) {
        atividade(VENCIDA, agora());
        cumprido(VENCIDA + ":" + condicionanteId);
        enviar(new RegistrarDescumprimentoDeCondicionante(licencaId, condicionanteId));
    }

    @SagaEventHandler(associationProperty = "licencaId")
    void on(CondicionanteDescumprida evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        CondicionanteDefinida condicionante = abertas.get(evento.condicionanteId());
        String descricao = condicionante == null ? evento.condicionanteId() : condicionante.descricao();
        notificar(Notificacao.de(eventoId, "CONDICIONANTE_DESCUMPRIDA", Destinatario.papel("ANALISTA"), null,
                licencaId, Modelos.condicionanteDescumprida(numero, descricao, evento.prazo()), null));
        encerrarCondicionante(evento.condicionanteId());
    }

    private void encerrarCondicionante(String condicionanteId) {
        abertas.remove(condicionanteId);
        cancelar(LEMBRETE + ":" + condicionanteId);
        cancelar(VENCIDA + ":" + condicionanteId);
        if (abertas.isEmpty()) {
            SagaLifecycle.end();
        }
    }
}
