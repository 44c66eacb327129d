package br.licenciamento.licenca.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Delivers events to projections the way an Axon event processor does (through their annotated handlers, as domain
 * event messages with per-aggregate sequence numbers), and keeps the history so a test can deliver it again (an
 * at-least-once redelivery) or reset and replay it.
 */
public final class Eventos {

    private final List<AnnotationEventHandlerAdapter> projecoes = new ArrayList<>();
    private final Map<String, Long> sequencias = new HashMap<>();
    private final List<DomainEventMessage<?>> historico = new ArrayList<>();

    public Eventos(Object... projecoes) {
        for (Object projecao : projecoes) {
            this.projecoes.add(new AnnotationEventHandlerAdapter(projecao));
        }
    }

    /** The next event of the aggregate {@code agregadoId}. */
    public Eventos dado(String agregadoId, Object evento) {
        long sequencia = sequencias.merge(agregadoId, 0L, (anterior, zero) -> anterior + 1);
        GenericDomainEventMessage<?> mensagem = new GenericDomainEventMessage<>("Agregado",
                agregadoId, sequencia, evento);
        historico.add(mensagem);
        entregar(mensagem);
        return this;
    }

    /** Every event once more, in order, as a processor that lost its token before committing would. */
    public void entregarDeNovo() {
        historico.forEach(this::entregar);
    }

    /** What a reset and replay does: the reset handlers, then the whole history. */
    public void replay() {
        for (AnnotationEventHandlerAdapter projecao : projecoes) {
            projecao.prepareReset();
        }
        historico.forEach(this::entregar);
    }

    private void entregar(EventMessage<?> mensagem) {
        for (AnnotationEventHandlerAdapter projecao : projecoes) {
            try {
                if (projecao.canHandle(mensagem)) {
                    projecao.handle(mensagem);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Projecao falhou em " + mensagem.getPayloadType().getSimpleName(), e);
            }
        }
    }
}
