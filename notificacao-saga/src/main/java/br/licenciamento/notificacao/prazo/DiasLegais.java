package br.licenciamento.notificacao.prazo;

import br.licenciamento.api.processo.RegimeJuridico;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Legal deadlines are calendar days to 23:59 in Brasilia time: a deadline "until day D" is over at the start of D+1.
 * Sagas schedule at these instants, computed from the dates the aggregates carry in their events.
 */
public final class DiasLegais {

    private DiasLegais() {
    }

    /** The instant day {@code dia} (inclusive) is over. */
    public static Instant fimDoDia(LocalDate dia) {
        return dia.plusDays(1).atStartOfDay(RegimeJuridico.FUSO_LEGAL).toInstant();
    }

    /** The start of day {@code dia}. */
    public static Instant inicioDoDia(LocalDate dia) {
        return dia.atStartOfDay(RegimeJuridico.FUSO_LEGAL).toInstant();
    }

    /** The day on which {@code fracao} of the time from {@code inicio} to {@code fim} has elapsed. */
    public static LocalDate fracao(LocalDate inicio, LocalDate fim, double fracao) {
        long dias = ChronoUnit.DAYS.between(inicio, fim);
        return inicio.plusDays((long) Math.ceil(dias * fracao));
    }

    public static LocalDate dia(Instant instante) {
        return LocalDate.ofInstant(instante, RegimeJuridico.FUSO_LEGAL);
    }
}
