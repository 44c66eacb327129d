package br.licenciamento.notificacao.taxa;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.*;
import br.licenciamento.notificacao.ParametrosDasSagas;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Modelos;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.ReferenciaDoProcesso;
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
import java.util.UUID;

/**
 * The licensing fee: optionally issues the slip on classification, tells the applicant to pay, and cancels the
 * request ({@link CancelarPorFaltaDePagamento}) when the slip is still unpaid after the configured term. Payment is
 * confirmed by the payment provider ({@link ConfirmarPagamento}), which releases the analysis and ends this saga.
 */
@Saga
@ProcessingGroup("saga-taxa")
public class TaxaSaga extends SagaComPrazos {

    public static final String PAGAMENTO = "prazo-de-pagamento";

    @Autowired
    private transient ParametrosDasSagas parametros;

    private ReferenciaDoProcesso processo;
    private String guiaId;


    @StartSaga
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoProtocolado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        processo = new ReferenciaDoProcesso(evento.processoId(), evento.numero(), evento.requerenteId(),
                evento.empreendimento());
    }

    /** A process imported past classification paid its fee in the former system: nothing to charge here. */
    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoImportado evento) {
        if (evento.situacao() != SituacaoProcesso.PROTOCOLADO) {
            SagaLifecycle.end();
        }
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoEnquadrado evento, @Timestamp Instant quando) {
        atividade(evento, quando);
        ParametrosDasSagas.Taxa taxa = parametros.getTaxa();
        if (taxa.isEmissaoNaClassificacao()) {
            // Deterministic id: a redelivered classification issues the same slip, which the process refuses twice.
            String guia = "guia-" + UUID.nameUUIDFromBytes((evento.processoId() + "|enquadramento").getBytes());
            enviar(new EmitirGuiaDeTaxa(evento.processoId(), null, guia, taxa.getValor(),
                    MeioDePagamento.valueOf(taxa.getMeio()),
                    DiasLegais.dia(quando.plus(taxa.getPrazoDePagamento()))));
        }
    }

    /** Whoever issued it, the slip must be paid within the term counted from its issue. */
    @SagaEventHandler(associationProperty = "processoId")
    void on(GuiaDeTaxaEmitida evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        guiaId = evento.guiaId();
        Instant limite = quando.plus(parametros.getTaxa().getPrazoDePagamento());
        agendar(PAGAMENTO, PAGAMENTO, limite, evento.guiaId());
        notificar(Notificacao.de(eventoId, "GUIA_EMITIDA", Destinatario.pessoa(processo.requerenteId()),
                processo.processoId(), null,
                Modelos.guiaEmitida(processo, evento.guiaId(), evento.valor(), DiasLegais.dia(limite)),
                DiasLegais.dia(limite)));
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(PagamentoConfirmado evento) {
        cancelarTodos();
        SagaLifecycle.end();
    }

    @DeadlineHandler(deadlineName = PAGAMENTO)
    void semPagamento(String guia) {
        atividade(PAGAMENTO, agora());
        cumprido(PAGAMENTO);
        enviar(new CancelarPorFaltaDePagamento(processo.processoId(), guia));
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoArquivado evento, @MessageIdentifier String eventoId, @Timestamp Instant quando) {
        atividade(evento, quando);
        cancelarTodos();
        if (evento.motivo() == MotivoDeArquivamento.TAXA_NAO_PAGA) {
            notificar(Notificacao.de(eventoId, "CANCELADO_SEM_PAGAMENTO",
                    Destinatario.pessoa(processo.requerenteId()), processo.processoId(), null,
                    Modelos.canceladoPorFaltaDePagamento(processo, guiaId), null));
        }
        SagaLifecycle.end();
    }

    @SagaEventHandler(associationProperty = "processoId")
    void on(ProcessoDeferido evento) {
        cancelarTodos();
        SagaLifecycle.end();
    }
}
