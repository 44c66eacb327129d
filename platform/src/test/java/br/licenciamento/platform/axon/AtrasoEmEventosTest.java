package br.licenciamento.platform.axon;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AtrasoEmEventosTest {

    private static final Segment[] METADES = Segment.ROOT_SEGMENT.split();

    /** Axon keeps a segment "caught up" once it reached the head, however far it falls behind afterwards. */
    @Test
    void umProcessadorQueJaEstevaEmDiaEFicouParaTrasMostraOQueFalta() {
        TrackerStatus jaEstevaEmDia = new TrackerStatus(Segment.ROOT_SEGMENT, new GlobalSequenceTrackingToken(700)).caughtUp();

        assertThat(jaEstevaEmDia.isCaughtUp()).isTrue();
        assertThat(AtrasoEmEventos.de(List.of(jaEstevaEmDia), 1_000)).isEqualTo(300);
    }

    @Test
    void oAtrasoEODoSegmentoMaisAtrasado() {
        List<EventTrackerStatus> segmentos = List.of(
                new TrackerStatus(METADES[0], new GlobalSequenceTrackingToken(990)),
                new TrackerStatus(METADES[1], new GlobalSequenceTrackingToken(950)));

        assertThat(AtrasoEmEventos.de(segmentos, 1_000)).isEqualTo(50);
    }

    @Test
    void umProcessadorNoTopoDoFluxoNaoTemAtraso() {
        assertThat(AtrasoEmEventos.de(List.of(new TrackerStatus(Segment.ROOT_SEGMENT,
                new GlobalSequenceTrackingToken(1_000))), 1_000)).isZero();
    }

    /** A projection that has not handled its first event yet has the whole stream ahead of it. */
    @Test
    void umProcessadorSemPosicaoTemOFluxoInteiroPelaFrente() {
        assertThat(AtrasoEmEventos.de(List.of(new TrackerStatus(Segment.ROOT_SEGMENT, null)), 1_000)).isEqualTo(1_001);
    }
}
