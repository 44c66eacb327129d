package br.licenciamento.platform.axon;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The event store of the embedded mode (PostgreSQL through Axon's JDBC engine; Axon Server brings its own): Axon's
 * own, under the same conditions, except that the producer filling the processors' shared cache reads in chunks of
 * the cache's size, so memory stays bounded while events arrive in bulk ({@link LeituraDoProdutorEmTrechos}).
 */
@AutoConfiguration(
        afterName = "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        beforeName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
public class LojaDeEventosEmbutida {

    /** Axon's default size of the shared cache, in events. */
    static final int EVENTOS_EM_CACHE = 10_000;

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    @ConditionalOnMissingBean(EventBus.class)
    @ConditionalOnBean(EventStorageEngine.class)
    EmbeddedEventStore eventStore(EventStorageEngine motor, Configuration configuracao) {
        return EmbeddedEventStore.builder()
                .storageEngine(new LeituraDoProdutorEmTrechos(motor, EVENTOS_EM_CACHE))
                .cachedEvents(EVENTOS_EM_CACHE)
                .messageMonitor(configuracao.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuracao.getComponent(EventBusSpanFactory.class))
                .build();
    }
}
