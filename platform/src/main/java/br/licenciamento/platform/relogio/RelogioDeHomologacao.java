package br.licenciamento.platform.relogio;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The platform's time in a training or acceptance environment: the real time moved forward by what an administrator
 * asked, so staff can see deadlines pass, licences expire and renewals extend them without waiting months. Only
 * forward (time that already happened stays so), kept in the database so a restart keeps it.
 */
public class RelogioDeHomologacao extends RelogioDeslocado {

    private final JdbcClient jdbc;
    private volatile Duration deslocamento;

    RelogioDeHomologacao(JdbcClient jdbc) {
        super(ZoneOffset.UTC);
        this.jdbc = jdbc;
        this.deslocamento = jdbc.sql("SELECT deslocamento_ms FROM axon.relogio_de_homologacao WHERE id = 1")
                .query(Long.class).optional().map(Duration::ofMillis).orElse(Duration.ZERO);
    }

    /** Axon's clock is one per JVM: when this platform stops, the JVM's other users get the real time back. */
    void devolverOTempoAoAxon() {
        if (org.axonframework.eventhandling.GenericEventMessage.clock == this) {
            org.axonframework.eventhandling.GenericEventMessage.clock = Clock.systemUTC();
        }
    }

    @Override
    public Duration deslocamento() {
        return deslocamento;
    }

    /** Moves the time forward by {@code quanto} and keeps it; answers the new time. */
    public synchronized Instant avancar(Duration quanto, String usuario) {
        if (quanto.isNegative() || quanto.isZero()) {
            throw new IllegalArgumentException("O relógio de homologação só anda para a frente.");
        }
        Duration novo = deslocamento.plus(quanto);
        jdbc.sql("""
                        INSERT INTO axon.relogio_de_homologacao (id, deslocamento_ms, movido_em, movido_por) VALUES (1, :ms, now(), :usuario)
                        ON CONFLICT (id) DO UPDATE SET deslocamento_ms = :ms, movido_em = now(), movido_por = :usuario""")
                .param("ms", novo.toMillis()).param("usuario", usuario).update();
        deslocamento = novo;
        return instant();
    }
}
