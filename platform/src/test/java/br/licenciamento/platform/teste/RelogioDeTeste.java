package br.licenciamento.platform.teste;

import br.licenciamento.api.comum.DiasLegais;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the test moves by hand, in Brasilia time, so legal deadlines can be crossed without waiting. */
public class RelogioDeTeste extends Clock {

    private volatile Instant agora;

    public RelogioDeTeste(Instant inicio) {
        this.agora = inicio;
    }

    /** Noon of a legal day in Brasilia. */
    public RelogioDeTeste(LocalDate hoje) {
        em(hoje);
    }

    public void avancar(Duration duracao) {
        agora = agora.plus(duracao);
    }

    public void avancarDias(long dias) {
        avancar(Duration.ofDays(dias));
    }

    public void ajustar(Instant instante) {
        agora = instante;
    }

    /** Noon of {@code dia} in Brasilia. */
    public void em(LocalDate dia) {
        agora = dia.atTime(12, 0).atZone(DiasLegais.FUSO).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return DiasLegais.FUSO;
    }

    @Override
    public Clock withZone(ZoneId zona) {
        return this;
    }

    @Override
    public Instant instant() {
        return agora;
    }
}
