package br.licenciamento.licenca.command.documento;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether an id names a filed licensing process, asked of the event store itself (JDBC or Axon Server), so
 * documents are never attached to a process that does not exist.
 */
@Component
class ProcessosExistentes {

    private static final String TIPO_DO_PROCESSO = "ProcessoLicenciamento";

    private final EventStore eventStore;

    ProcessosExistentes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean existe(String processoId) {
        DomainEventStream eventos = eventStore.readEvents(processoId);
        if (!eventos.hasNext()) {
            return false;
        }
        // The stream starts with the filing, or with a snapshot of the process when there is one; both carry the
        // aggregate's type, so this package need not know the aggregate's class.
        return TIPO_DO_PROCESSO.equals(eventos.peek().getType());
    }
}
