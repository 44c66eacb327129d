package br.licenciamento.platform.migracao;

/**
 * A PostgreSQL schema owned by one module, with its Flyway migrations under
 * {@code classpath:db/migration/<schema>}. Each module declares its own as a bean; the schema keeps its own
 * migration history, so modules evolve independently.
 *
 * @param esquema schema name, also the folder of its migrations
 * @param ordem   lower runs first (Axon's tables first)
 */
public record EsquemaDoModulo(String esquema, int ordem) {

    public String localDasMigracoes() {
        return "classpath:db/migration/" + esquema;
    }
}
