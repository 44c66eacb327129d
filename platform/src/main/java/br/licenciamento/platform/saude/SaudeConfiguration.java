package br.licenciamento.platform.saude;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/**
 * Health of the event processors, of the connection to Axon Server (service mode), and a MongoDB check that works on
 * real MongoDB and on the embedded server.
 */
@AutoConfiguration(
        afterName = {"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
                "org.axonframework.springboot.autoconfig.AxonServerAutoConfiguration"},
        beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@EnableConfigurationProperties(ParametrosDeOperacao.class)
public class SaudeConfiguration {

    @Bean
    ProcessadoresHealthIndicator processadoresHealthIndicator(EventProcessingConfiguration processamento,
                                                              EventStore eventStore, Clock relogio,
                                                              ParametrosDeOperacao parametros) {
        return new ProcessadoresHealthIndicator(processamento, eventStore, relogio, parametros.processadorParadoApos());
    }

    @Bean(name = "axonServerHealthIndicator")
    @ConditionalOnBean(AxonServerConnectionManager.class)
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
    AxonServerHealthIndicator axonServerHealthIndicator(AxonServerConnectionManager conexoes) {
        return new AxonServerHealthIndicator(conexoes);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    static class Mongo {

        @Bean(name = "mongoHealthIndicator")
        @ConditionalOnBean(MongoTemplate.class)
        MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
            return new MongoPingHealthIndicator(mongo);
        }
    }
}
