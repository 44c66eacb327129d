package br.licenciamento.platform.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LeituraDoProdutorEmTrechosTest {

    private static final int TRECHO = 10;

    private final InMemoryEventStorageEngine motor = new InMemoryEventStorageEngine();
    private EmbeddedEventStore loja;

    @AfterEach
    void encerrar() {
        if (loja != null) {
            loja.shutDown();
        }
    }

    @Test
    void leituraDoProdutorTerminaAoFimDoTrechoEADoProcessadorNao() {
        motor.appendEvents(eventos(0, 25));
        LeituraDoProdutorEmTrechos leitura = new LeituraDoProdutorEmTrechos(motor, TRECHO);

        assertThat(leitura.readEvents(null, true).count()).isEqualTo(TRECHO);
        assertThat(leitura.readEvents(null, false).count()).isEqualTo(25);
    }

    @Test
    void processadorRecebeCadaEventoUmaVezEEmOrdemQuandoChegamEmMassa() throws InterruptedException {
        loja = EmbeddedEventStore.builder()
                .storageEngine(new LeituraDoProdutorEmTrechos(motor, TRECHO))
                .cachedEvents(TRECHO)
                .build();
        loja.publish(eventos(0, 1));
        TrackingEventStream fluxo = loja.openStream(null);
        List<Integer> recebidos = new ArrayList<>();
        recebidos.add(numero(fluxo.nextAvailable()));
        // The stream is at the head now and follows the shared cache, filled by the producer in chunks.
        assertThat(fluxo.hasNextAvailable(50, TimeUnit.MILLISECONDS)).isFalse();

        // One event per append: the in-memory engine shows the events of one append in no particular order.
        Thread emMassa = new Thread(() -> IntStream.rangeClosed(1, 1_000).forEach(n -> loja.publish(eventos(n, 1))));
        emMassa.start();
        long limite = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        // Like a tracking processor: an empty poll is not the end of the stream.
        while (recebidos.size() < 1_001 && System.nanoTime() < limite) {
            if (fluxo.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                recebidos.add(numero(fluxo.nextAvailable()));
            }
        }
        emMassa.join();
        fluxo.close();

        assertThat(recebidos).containsExactlyElementsOf(IntStream.range(0, 1_001).boxed().toList());
    }

    private static List<EventMessage<?>> eventos(int primeiro, int quantos) {
        return IntStream.range(primeiro, primeiro + quantos)
                .<EventMessage<?>>mapToObj(GenericEventMessage::asEventMessage)
                .toList();
    }

    private static int numero(TrackedEventMessage<?> evento) {
        return (Integer) evento.getPayload();
    }
}
