package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.ProcessoProtocolado;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The dossier as it was at a past instant, rebuilt from the event store: the events of the process (and of the
 * documents and licences that fed its dossier) up to that instant, run through the same {@link DossieProjection}
 * as the live dossier, into memory. Nothing is stored.
 */
@Component
class DossieNoPassado {

    private final EventStore eventStore;
    private final DossiesNoMongo dossies;
    private final MongoConverter conversor;

    DossieNoPassado(EventStore eventStore, DossiesNoMongo dossies, MongoConverter conversor) {
        this.eventStore = eventStore;
        this.dossies = dossies;
        this.conversor = conversor;
    }

    /** Empty when the process did not exist yet at that instant (or does not exist at all). */
    Optional<DossieDocumento> em(String processoId, Instant instante) {
        List<DomainEventMessage<?>> eventos = new ArrayList<>(ate(processoId, instante));
        if (eventos.isEmpty() || !(eventos.get(0).getPayload() instanceof ProcessoProtocolado)) {
            return Optional.empty();
        }
        for (String outro : dossies.agregadosRelacionados(processoId)) {
            eventos.addAll(ate(outro, instante));
        }
        // Streams are merged by time, as the live processor saw them; equal times keep the process's events first.
        eventos.sort(Comparator.comparing(DomainEventMessage::getTimestamp));
        DossieEmMemoria memoria = new DossieEmMemoria(processoId, conversor);
        AnnotationEventHandlerAdapter projecao = new AnnotationEventHandlerAdapter(new DossieProjection(memoria));
        for (DomainEventMessage<?> evento : eventos) {
            try {
                projecao.handle(evento);
            } catch (Exception e) {
                throw new IllegalStateException("Evento " + evento.getIdentifier() + " não pode ser aplicado ao dossiê de "
                        + processoId, e);
            }
        }
        return memoria.resultado();
    }

    private List<DomainEventMessage<?>> ate(String agregado, Instant instante) {
        // From sequence 0: readEvents(id) would start at the aggregate's latest snapshot, which is the command side's
        // state, not events the projection understands, and would skip everything before it.
        DomainEventStream stream = eventStore.readEvents(agregado, 0L);
        List<DomainEventMessage<?>> eventos = new ArrayList<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> evento = stream.next();
            if (!evento.getTimestamp().isAfter(instante)) {
                eventos.add(evento);
            }
        }
        return eventos;
    }
}
