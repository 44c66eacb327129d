package br.licenciamento.platform.axon;

import org.axonframework.eventhandling.EventTrackerStatus;

import java.util.Collection;

/**
 * How many events a streaming processor still has to handle, the one reading the operations page and the health
 * report share. Axon's own "caught up" comes first: with Axon Server a processor is not sent the event types it does
 * not handle, so its position can stay behind the head for good with nothing left to do.
 */
public final class AtrasoEmEventos {

    private AtrasoEmEventos() {
    }

    /** @param fim the position of the stream's head ({@code -1} for an empty stream) */
    public static long de(Collection<EventTrackerStatus> segmentos, long fim) {
        if (segmentos.isEmpty() || segmentos.stream().allMatch(EventTrackerStatus::isCaughtUp)) {
            return 0;
        }
        return Math.max(0, fim - posicaoMaisAtrasada(segmentos));
    }

    /** The lowest position among the segments ({@code -1} when one has none yet). */
    public static long posicaoMaisAtrasada(Collection<EventTrackerStatus> segmentos) {
        return segmentos.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }
}
