package br.licenciamento.platform.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.modelling.saga.repository.CachingSagaStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Aggregates and sagas kept in memory between messages, so that a command or an event loads nothing in the common
 * case. A cached copy is only right while no other process changes the same aggregate or saga:
 * <ul>
 * <li>aggregates (one cache per type, declared by the module that owns it: {@link #cacheDeAgregados}): with Axon Server, which routes all the commands of an
 * aggregate to one instance, and in the embedded mode, whose PostgreSQL belongs to one process;</li>
 * <li>sagas: only in the embedded mode; replicas behind Axon Server hand segments, and so sagas, to one another.</li>
 * </ul>
 * Instances that share a database without Axon Server would each decide on their own copy (a refusal on a state the
 * other one already changed), so there both are off. {@code licenciamento.agregados.cache} and
 * {@code licenciamento.sagas.cache} (entries; 0 = off) override the choice.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParametrosDosCaches.class)
public class CachesDoAxonConfiguration {

    static final int CAPACIDADE_PADRAO = 10_000;

    /**
     * A cache for one aggregate type, for the module that owns the aggregate to declare as a bean and name in its
     * {@code @Aggregate(cache = ...)}. One per type: Axon keys a cached aggregate by its identifier alone, so a shared
     * cache would hand a licence to a command that names the licence's id on a process endpoint.
     */
    public static Cache cacheDeAgregados(ParametrosDosCaches parametros, Environment ambiente) {
        return cache(capacidade(parametros.agregados().cache(), ambiente, true));
    }

    /** Replaces Axon's JDBC saga store (same tables and serializer) with one that keeps sagas and their associations. */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider conexoes, SagaSqlSchema esquema, Serializer serializador,
                                ParametrosDosCaches parametros, Environment ambiente) {
        JdbcSagaStore jdbc = JdbcSagaStore.builder().connectionProvider(conexoes).sqlSchema(esquema)
                .serializer(serializador).build();
        int capacidade = capacidade(parametros.sagas().cache(), ambiente, false);
        if (capacidade == 0) {
            return jdbc;
        }
        return CachingSagaStore.builder().delegateSagaStore(jdbc)
                .sagaCache(new CacheLimitado(capacidade)).associationsCache(new CacheLimitado(capacidade)).build();
    }

    /** The configured capacity, or else the default where one process owns what is cached (the embedded flag is set by
     * the embedded mode itself; Axon Server's by its starter). */
    static int capacidade(Integer configurada, Environment ambiente, boolean seguroComAxonServer) {
        if (configurada != null) {
            return configurada;
        }
        boolean umSoProcesso = ambiente.getProperty("licenciamento.embutido.postgres-proprio", Boolean.class, false)
                || seguroComAxonServer && ambiente.getProperty("axon.axonserver.enabled", Boolean.class, false);
        return umSoProcesso ? CAPACIDADE_PADRAO : 0;
    }

    private static Cache cache(int capacidade) {
        return capacidade > 0 ? new CacheLimitado(capacidade) : NoCache.INSTANCE;
    }
}
