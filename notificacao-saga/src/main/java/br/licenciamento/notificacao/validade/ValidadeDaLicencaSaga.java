package br.licenciamento.notificacao.validade;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.licenca.*;
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
import java.time.LocalDate;

/**
 * A licence's validity: reminders to renew at the configured lead times (180 and 120 days by default), an in-time
 * renewal request extends the licence until decided (LC 140 art. 14 par. 4) and stops the expiry, and a licence
 * left to expire is recorded as expired ({@link RegistrarVencimento}).
 */
@Saga
@ProcessingGroup("saga-validade-da-licenca")
public class ValidadeDaLicencaSaga extends SagaComPrazos {

    public static final String LEMBRETE = "lembrete-de-renovacao";
    public static final String VENCIMENTO = "vencimento-da-licenca";

    @Autowired
    private transient ParametrosDasSagas parametros;

    private String licencaId;
    private String numero;
    private String titularId;
    private LocalDate validaAte;


    @StartSaga
    @SagaEventHandler(associationProperty = "licencaId")
    void on(LicencaEmitida evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        licencaId = evento.licencaId();
        numero = evento.numero();
        titularId = evento.requerenteId();
        validaAte = evento.validaAte();
        agendarValidade(quando);
    }

    private void agendarValidade(Instant agora) {
        for (Integer dias : parametros.getValidade().getLembretesDias()) {
            Instant quando = DiasLegais.inicioDoDia(validaAte.minusDays(dias));
            // A reminder whose day already passed (a short validity) would only arrive late: skip it.
            if (quando.isAfter(agora)) {
                agendar(LEMBRETE + ":" + dias, LEMBRETE, quando, dias);
            }
        }
        agendar(VENCIMENTO, VENCIMENTO, DiasLegais.fimDoDia(validaAte), null);
    }

    private void cancelarLembretes() {
        for (Integer dias : parametros.getValidade().getLembretesDias()) {
            cancelar(LEMBRETE + ":" + dias);
        }
    }

    @DeadlineHandler(deadlineName = LEMBRETE)
    void lembrete(Integer dias) {
        atividade(LEMBRETE, agora());
        cumprido(LEMBRETE + ":" + dias);
        LocalDate pedirAte = validaAte.minusDays(parametros.getValidade().getAntecedenciaRenovacaoDias());
        notificar(Notificacao.de(licencaId + "|" + LEMBRETE + "|" + dias + "|" + validaAte,
                "LEMBRETE_DE_RENOVACAO", Destinatario.pessoa(titularId), null, licencaId,
                Modelos.renovacaoSeAproxima(numero, validaAte, pedirAte), pedirAte));
    }

    /** In time, the licence stays valid until the decision: no expiry, no more reminders. Late, it still expires. */
    @SagaEventHandler(associationProperty = "licencaId")
    void on(RenovacaoSolicitada evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelarLembretes();
        if (evento.prorrogadaAteDecisao()) {
            cancelar(VENCIMENTO);
            notificar(Notificacao.de(eventoId, "LICENCA_PRORROGADA", Destinatario.pessoa(titularId), null,
                    licencaId, Modelos.prorrogadaAteADecisao(numero, validaAte), null));
        }
    }

    @SagaEventHandler(associationProperty = "licencaId")
    void on(LicencaRenovada evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        validaAte = evento.validaAte();
        agendarValidade(quando);
    }

    /** Refused: the original expiry applies again (at once if it already passed during the extension). */
    @SagaEventHandler(associationProperty = "licencaId")
    void on(RenovacaoIndeferida evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        agendar(VENCIMENTO, VENCIMENTO, DiasLegais.fimDoDia(validaAte), null);
    }

    @DeadlineHandler(deadlineName = VENCIMENTO)
    void vencida() {
        atividade(VENCIMENTO, agora());
        cumprido(VENCIMENTO);
        enviar(new RegistrarVencimento(licencaId));
    }

    @SagaEventHandler(associationProperty = "licencaId")
    void on(LicencaVencida evento, @MessageIdentifier String eventoId) {
        notificar(Notificacao.de(eventoId, "LICENCA_VENCIDA", Destinatario.pessoa(titularId), null, licencaId,
                Modelos.licencaVencida(numero, evento.validaAte()), null));
        cancelarTodos();
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = "licencaId")
    void on(LicencaCancelada evento) {
        cancelarTodos();
        SagaLifecycle.end();
    }
}
