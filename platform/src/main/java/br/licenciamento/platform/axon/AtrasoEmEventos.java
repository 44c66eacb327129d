package br.licenciamento.platform.axon;

import org.axonframework.eventhandling.EventTrackerStatus;

import java.util.Collection;

/**
 * How many events a streaming processor still has to handle, the one reading the operations page, the health report
 * and the benchmark share: the stream's head minus the position of the segment furthest behind. Axon's own "caught
 * up" is no measure of it: a segment that reached the head once stays "caught up" for good, however far it falls
 * behind afterwards. An idle processor's position is the head's because every event reaches every processor, the
 * ones it ignores too (Axon Server's block-listing is off: {@code licenciamento-padrao.properties}).
 */
public final class AtrasoEmEventos {

    private AtrasoEmEventos() {
    }

    /** @param fim the position of the stream's head ({@code -1} for an empty stream) */
    public static long de(Collection<EventTrackerStatus> segmentos, long fim) {
        if (segmentos.isEmpty()) {
            return 0;
        }
        return Math.max(0, fim - posicaoMaisAtrasada(segmentos));
    }

    /** The lowest position among the segments ({@code -1} when one has none yet). */
    public static long posicaoMaisAtrasada(Collection<EventTrackerStatus> segmentos) {
        return segmentos.stream().mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1);
    }
}
