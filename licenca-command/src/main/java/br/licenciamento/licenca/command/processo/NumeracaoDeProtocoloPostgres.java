package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.DiasLegais;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Protocol numbers from a PostgreSQL sequence, so two instances never hand out the same one. */
@Component
class NumeracaoDeProtocoloPostgres implements NumeracaoDeProtocolo {

    private final JdbcClient jdbc;

    NumeracaoDeProtocoloPostgres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String proximo(Instant protocolo) {
        long sequencia = jdbc.sql("SELECT nextval('licenca_command.numero_protocolo_seq')").query(Long.class).single();
        return String.format("%d/%06d", protocolo.atZone(DiasLegais.FUSO).getYear(), sequencia);
    }
}
