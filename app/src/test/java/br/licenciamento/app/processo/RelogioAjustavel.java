package br.licenciamento.app.processo;

import br.licenciamento.api.processo.RegimeJuridico;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock in these tests: starts at the real time and moves only when a test moves it. Its days are
 * legal days (Brasilia), as the agency counts them: in UTC, "today" is already tomorrow from 21:00 in Brasilia, and a
 * test that dated an inspection "today" was refused as an inspection in the future.
 */
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
        return RegimeJuridico.FUSO_LEGAL;
    }

    /** The same moving instant seen from another zone. */
    @Override
    public Clock withZone(ZoneId zona) {
        if (zona.equals(getZone())) {
            return this;
        }
        RelogioAjustavel base = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zona;
            }

            @Override
            public Clock withZone(ZoneId outra) {
                return base.withZone(outra);
            }

            @Override
            public Instant instant() {
                return base.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(deslocamento);
    }
}
