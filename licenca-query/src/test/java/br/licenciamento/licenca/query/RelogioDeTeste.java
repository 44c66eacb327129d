package br.licenciamento.licenca.query;

import br.licenciamento.api.processo.RegimeJuridico;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock set to a legal day (noon in Brasilia), moved by the test. */
public final class RelogioDeTeste extends Clock {

    private volatile Instant agora;

    public RelogioDeTeste(LocalDate hoje) {
        em(hoje);
    }

    public void em(LocalDate dia) {
        agora = dia.atTime(12, 0).atZone(RegimeJuridico.FUSO_LEGAL).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return RegimeJuridico.FUSO_LEGAL;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return agora;
    }
}
