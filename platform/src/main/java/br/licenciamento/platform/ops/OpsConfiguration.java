package br.licenciamento.platform.ops;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Operations: every projection gets a dead-letter queue, and the REST API that shows and drives them. */
@Configuration(proxyBeanMethods = false)
@Import({ProcessadoresController.class, FilasMortasController.class, ExploradorDeEventosController.class,
        PaginaDeOperacao.class})
public class OpsConfiguration {

    /**
     * A handler failure parks the event (and the later events of the same aggregate) in PostgreSQL instead of
     * being logged and skipped; operators retry or evict it. Runs after Axon's own provider, which only
     * covers groups listed in properties, so every processing group gets one.
     */
    @Bean
    ConfigurerModule filasDeMensagensMortas(ConnectionProvider conexoes, TransactionManager transacoes,
                                            DeadLetterSchema esquema, Serializer serializador) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                configurer.eventProcessing().registerDeadLetterQueueProvider(grupo -> configuracao ->
                        JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(grupo)
                                .connectionProvider(conexoes)
                                .transactionManager(transacoes)
                                .schema(esquema)
                                .genericSerializer(serializador)
                                .eventSerializer(serializador)
                                .build());
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
