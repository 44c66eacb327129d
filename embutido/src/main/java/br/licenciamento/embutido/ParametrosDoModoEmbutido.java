package br.licenciamento.embutido;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * The embedded mode ({@code licenciamento.embutido.*}). Read by {@link InfraestruturaEmbutida} before the application
 * context exists, through Spring Boot's {@code Binder}; declared as configuration properties for the metadata.
 *
 * @param habilitado    start an embedded PostgreSQL and MongoDB-wire server for whatever spring.datasource.url and
 *                      spring.mongodb.uri leave unset (a laptop, never production)
 * @param diretorio     directory of the embedded databases' files
 * @param postgresPorta port of the embedded PostgreSQL; 0: any free port
 * @param mongoPorta    port of the embedded MongoDB-wire server; 0: any free port
 * @param postgresConfiguracao server settings added to the embedded PostgreSQL's or replacing them, by name (keys
 *                      with an underscore in brackets: {@code postgres-configuracao[shared_buffers]=256MB}); the
 *                      benchmark loads {@code pg_stat_statements} this way
 */
@ConfigurationProperties("licenciamento.embutido")
public record ParametrosDoModoEmbutido(@DefaultValue("false") boolean habilitado,
                                       @DefaultValue("data") String diretorio,
                                       @DefaultValue("0") int postgresPorta,
                                       @DefaultValue("0") int mongoPorta,
                                       Map<String, String> postgresConfiguracao) {

    static final String PREFIXO = "licenciamento.embutido";

    public ParametrosDoModoEmbutido {
        postgresConfiguracao = postgresConfiguracao == null ? Map.of() : Map.copyOf(postgresConfiguracao);
    }
}
