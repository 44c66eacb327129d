package br.licenciamento.platform.migracao;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;

/**
 * Brings every module's schema up to date with Flyway before anything reads or writes it. Schema changes only
 * ever happen here, never through generated DDL.
 */
public class MigracoesDeEsquema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(MigracoesDeEsquema.class);

    private final DataSource dataSource;
    private final List<EsquemaDoModulo> esquemas;

    public MigracoesDeEsquema(DataSource dataSource, List<EsquemaDoModulo> esquemas) {
        this.dataSource = dataSource;
        this.esquemas = esquemas.stream().distinct().sorted(Comparator.comparingInt(EsquemaDoModulo::ordem)).toList();
    }

    @Override
    public void afterPropertiesSet() {
        for (EsquemaDoModulo esquema : esquemas) {
            MigrateResult resultado = Flyway.configure()
                    .dataSource(dataSource)
                    .schemas(esquema.esquema())
                    .createSchemas(true)
                    .locations(esquema.localDasMigracoes())
                    .table("flyway_historico")
                    .callbacks(esquema.callbacks().toArray(Callback[]::new))
                    .load()
                    .migrate();
            log.info("Esquema {}: {} migração(ões) aplicada(s), versão {}", esquema.esquema(),
                    resultado.migrationsExecuted, resultado.targetSchemaVersion);
        }
    }
}
