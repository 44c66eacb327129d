package br.licenciamento.licenca.command.processo;

import br.licenciamento.platform.axon.CachesDoAxonConfiguration;
import br.licenciamento.platform.axon.ParametrosDosCaches;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ConfiguracaoDoProcesso {

    /**
     * A long process (many opinions, documents, hearings) would replay its whole stream on every command; a
     * snapshot every {@code licenciamento.processo.snapshot.eventos} events bounds that.
     */
    @Bean
    SnapshotTriggerDefinition gatilhoDeSnapshotDoProcesso(Snapshotter snapshotter,
                                                          ParametrosDoProcesso parametros) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, parametros.snapshot().eventos());
    }

    /** {@link ProcessoLicenciamento} kept between commands where one process owns them (platform {@code CachesDoAxonConfiguration}). */
    @Bean
    Cache cacheDosProcessos(ParametrosDosCaches parametros, Environment ambiente) {
        return CachesDoAxonConfiguration.cacheDeAgregados(parametros, ambiente);
    }
}
