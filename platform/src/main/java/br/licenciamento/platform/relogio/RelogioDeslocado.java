package br.licenciamento.platform.relogio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The real time moved by an offset that can change while the clock is in use, in any zone. */
public abstract class RelogioDeslocado extends Clock {

    private final ZoneId zona;

    protected RelogioDeslocado(ZoneId zona) {
        this.zona = zona;
    }

    /** How far this clock is ahead of the real time now. */
    public abstract Duration deslocamento();

    @Override
    public Instant instant() {
        return Instant.now().plus(deslocamento());
    }

    @Override
    public ZoneId getZone() {
        return zona;
    }

    /** The same moving time seen from another zone (the legal days are Brasília's). */
    @Override
    public Clock withZone(ZoneId outra) {
        if (outra.equals(zona)) {
            return this;
        }
        RelogioDeslocado base = this;
        return new RelogioDeslocado(outra) {
            @Override
            public Duration deslocamento() {
                return base.deslocamento();
            }
        };
    }
}
