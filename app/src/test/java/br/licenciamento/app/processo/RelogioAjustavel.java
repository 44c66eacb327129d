package br.licenciamento.app.processo;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.platform.relogio.RelogioDeslocado;

import java.time.Duration;

/**
 * The platform's clock in these tests: starts at the real time and moves only when a test moves it. Its days are
 * legal days (Brasilia), as the agency counts them: in UTC, "today" is already tomorrow from 21:00 in Brasilia, and a
 * test that dated an inspection "today" was refused as an inspection in the future.
 */
public class RelogioAjustavel extends RelogioDeslocado {

    private volatile Duration deslocamento = Duration.ZERO;

    public RelogioAjustavel() {
        super(DiasLegais.FUSO);
    }

    public void avancarDias(long dias) {
        deslocamento = deslocamento.plusDays(dias);
    }

    public void reiniciar() {
        deslocamento = Duration.ZERO;
    }

    @Override
    public Duration deslocamento() {
        return deslocamento;
    }
}
