package br.licenciamento.app.consulta;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Appends the territorial events (location, analysis, consent) to a process's own stream, as its aggregate will once
 * the write side of issue 25 is merged: then the tests that use this switch to its REST calls (filing with
 * "geometria", PUT .../localizacao, the layers upload, POST .../anuencias) and this class goes.
 */
final class EventosTerritoriais {

    private EventosTerritoriais() {
    }

    /** The events follow the stream's last one, with its aggregate type; call it when no command is under way on it. */
    static void acrescentar(EventStore eventos, TransactionManager transacoes, String processoId, Object... payloads) {
        transacoes.executeInTransaction(() -> {
            DomainEventStream fluxo = eventos.readEvents(processoId);
            DomainEventMessage<?> ultimo = null;
            while (fluxo.hasNext()) {
                ultimo = fluxo.next();
            }
            if (ultimo == null) {
                throw new IllegalStateException("Processo sem eventos: " + processoId);
            }
            long sequencia = ultimo.getSequenceNumber();
            for (Object payload : payloads) {
                eventos.publish(new GenericDomainEventMessage<>(ultimo.getType(), processoId, ++sequencia, payload));
            }
        });
    }
}
