package br.licenciamento.api.comum;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Legal dates are calendar days in Brasília time, whatever zone the server runs in, and a deadline "until day D" is
 * over at the start of D+1. The one place every module asks what day it is for the law.
 */
public final class DiasLegais {

    public static final ZoneId FUSO = ZoneId.of("America/Sao_Paulo");

    private DiasLegais() {
    }

    /** Today as legal deadlines count it. */
    public static LocalDate hoje(Clock relogio) {
        return dia(relogio.instant());
    }

    public static LocalDate dia(Instant instante) {
        return LocalDate.ofInstant(instante, FUSO);
    }

    /** The instant day {@code dia} (inclusive) is over. */
    public static Instant fimDoDia(LocalDate dia) {
        return inicioDoDia(dia.plusDays(1));
    }

    /** The start of day {@code dia}. */
    public static Instant inicioDoDia(LocalDate dia) {
        return dia.atStartOfDay(FUSO).toInstant();
    }

    /** The day on which {@code fracao} of the time from {@code inicio} to {@code fim} has elapsed. */
    public static LocalDate fracao(LocalDate inicio, LocalDate fim, double fracao) {
        long dias = ChronoUnit.DAYS.between(inicio, fim);
        return inicio.plusDays((long) Math.ceil(dias * fracao));
    }
}
