package br.licenciamento.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Fills the event store to a given size fast: copies of a real stored filing event, each with its own
 * aggregate and event id, inserted by SQL. The copies have exactly the shape the serializer writes, so
 * projections replay them like any other event.
 */
final class EventosEmMassa {

    private static final int LOTE = 100_000;

    private final String jdbcUrl;

    EventosEmMassa(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    long totalDeEventos() throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM axon.domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void completarAte(long alvo) throws Exception {
        long faltam = alvo - totalDeEventos();
        if (faltam <= 0) {
            return;
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            String modelo;
            String idModelo;
            try (ResultSet rs = c.createStatement().executeQuery("""
                    SELECT aggregate_identifier, convert_from(payload, 'UTF8') FROM axon.domain_event_entry
                    WHERE payload_type = 'br.licenciamento.api.processo.ProcessoProtocolado' ORDER BY global_index LIMIT 1""")) {
                if (!rs.next()) {
                    throw new IllegalStateException("Nenhum evento de protocolo para servir de modelo");
                }
                idModelo = rs.getString(1);
                modelo = rs.getString(2);
            }
            long inicio = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO axon.domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_revision, payload_type, time_stamp)
                    SELECT 'massa-' || n, 0, 'ProcessoLicenciamento', gen_random_uuid()::text,
                           convert_to('{}', 'UTF8'), convert_to(replace(?, ?, 'massa-' || n), 'UTF8'), NULL,
                           'br.licenciamento.api.processo.ProcessoProtocolado',
                           to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                    FROM generate_series(?::bigint, ?::bigint) AS n""")) {
                long primeiro = System.nanoTime();
                for (long feito = 0; feito < faltam; feito += LOTE) {
                    long quantos = Math.min(LOTE, faltam - feito);
                    insert.setString(1, modelo);
                    insert.setString(2, idModelo);
                    insert.setLong(3, primeiro + feito);
                    insert.setLong(4, primeiro + feito + quantos - 1);
                    insert.executeUpdate();
                }
            }
            System.out.printf("   (%,d eventos inseridos em %.0f s)%n", faltam, (System.nanoTime() - inicio) / 1e9);
        }
    }
}
