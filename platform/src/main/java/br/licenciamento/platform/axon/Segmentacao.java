package br.licenciamento.platform.axon;

import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;

/**
 * How each tracking processor is split: {@code segmentos} parts of the event stream that instances claim one by one,
 * and as many threads in every instance, so one instance can run them all when it is alone (the embedded mode, or the
 * survivor of a failed replica) and replicas of a service can share them ({@link PartilhaDeSegmentos}). One segment
 * reads the stream once; each more segment reads it once more, so the embedded mode keeps one.
 *
 * @param segmentos the count a processor starts with when its token store has no tokens yet (existing tokens keep
 *                  theirs: split them through the operations API)
 */
public record Segmentacao(int segmentos) {

    public Segmentacao {
        if (segmentos < 1) {
            throw new IllegalArgumentException("licenciamento.processadores.segmentos deve ser 1 ou mais: " + segmentos);
        }
    }

    /** The tracking configuration with this split; callers add their batch size and initial token. */
    public TrackingEventProcessorConfiguration configuracao() {
        return TrackingEventProcessorConfiguration.forParallelProcessing(segmentos).andInitialSegmentsCount(segmentos);
    }
}
