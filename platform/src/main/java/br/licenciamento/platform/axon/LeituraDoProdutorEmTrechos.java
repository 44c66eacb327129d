package br.licenciamento.platform.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The storage engine as the embedded event store sees it: the same engine, except that a read that may block — only the
 * store's producer, which fills the cache shared by the tracking processors, reads that way — ends after
 * {@code trecho} events. The producer keeps the node it started from for the whole of one read, and Axon's JDBC engine
 * keeps a read going as long as it finds events, so while events kept arriving faster than it read them (a bulk import,
 * the benchmark's copies) every event since that node stayed reachable: 360,000 cached events filled the 768 MiB heap
 * and ended in OutOfMemoryError (heap dump; Axon issue #2954 describes the same "node with no GC root"). After each
 * chunk the producer starts a new read from its newest event, so nothing is skipped or read twice.
 */
final class LeituraDoProdutorEmTrechos implements EventStorageEngine {

    private final EventStorageEngine motor;
    private final long trecho;

    LeituraDoProdutorEmTrechos(EventStorageEngine motor, long trecho) {
        this.motor = motor;
        this.trecho = trecho;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> eventos = motor.readEvents(trackingToken, mayBlock);
        // A processor's private stream (mayBlock false) must not end: it would wait on it for good.
        return mayBlock ? eventos.limit(trecho) : eventos;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        motor.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        motor.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return motor.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return motor.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return motor.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return motor.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return motor.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return motor.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return motor.createTokenAt(dateTime);
    }
}
