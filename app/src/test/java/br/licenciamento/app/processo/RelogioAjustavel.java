package br.licenciamento.app.processo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The platform's clock in these tests: starts at the real time and moves only when a test moves it. */
public class RelogioAjustavel extends Clock {

    private volatile Duration deslocamento = Duration.ZERO;

    public void avancarDias(long dias) {
        deslocamento = deslocamento.plusDays(dias);
    }

    public void reiniciar() {
        deslocamento = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(deslocamento);
    }
}
