package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.ProcessoProtocolado;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Whether an id names a filed licensing process, asked of the event store itself (JDBC or Axon Server), so
 * documents are never attached to a process that does not exist.
 */
@Component
public class ProcessosExistentes {

    private final EventStore eventStore;

    ProcessosExistentes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean existe(String processoId) {
        DomainEventStream eventos = eventStore.readEvents(processoId);
        if (!eventos.hasNext()) {
            return false;
        }
        // The stream starts with the filing, or with a snapshot of the process when there is one.
        Class<?> primeiro = eventos.peek().getPayloadType();
        return primeiro == ProcessoProtocolado.class || primeiro == ProcessoLicenciamento.class;
    }
}
