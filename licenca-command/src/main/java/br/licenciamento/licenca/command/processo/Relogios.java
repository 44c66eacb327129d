package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.RegimeJuridico;

import java.time.Clock;
import java.time.LocalDate;

/** Legal dates are calendar days in Brasilia time, whatever zone the server runs in. */
public final class Relogios {

    private Relogios() {
    }

    public static LocalDate hoje(Clock relogio) {
        return LocalDate.ofInstant(relogio.instant(), RegimeJuridico.FUSO_LEGAL);
    }
}
