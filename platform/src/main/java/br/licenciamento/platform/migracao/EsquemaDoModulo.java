package br.licenciamento.platform.migracao;

import org.flywaydb.core.api.callback.Callback;

import java.util.List;

/**
 * A PostgreSQL schema owned by one module, with its Flyway migrations under
 * {@code classpath:db/migration/<schema>}. Each module declares its own as a bean; the schema keeps its own
 * migration history, so modules evolve independently.
 *
 * @param esquema   schema name, also the folder of its migrations
 * @param ordem     lower runs first (Axon's tables first)
 * @param callbacks Flyway callbacks of this schema only (e.g. a repair of one recorded checksum)
 */
public record EsquemaDoModulo(String esquema, int ordem, List<Callback> callbacks) {

    public EsquemaDoModulo {
        callbacks = List.copyOf(callbacks);
    }

    public EsquemaDoModulo(String esquema, int ordem) {
        this(esquema, ordem, List.of());
    }

    public String localDasMigracoes() {
        return "classpath:db/migration/" + esquema;
    }
}
