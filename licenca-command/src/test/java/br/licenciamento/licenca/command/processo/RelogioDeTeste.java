package br.licenciamento.licenca.command.processo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand, so legal deadlines can be crossed without waiting. */
public class RelogioDeTeste extends Clock {

    private volatile Instant agora;

    public RelogioDeTeste(Instant inicio) {
        this.agora = inicio;
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
        return agora;
    }
}
