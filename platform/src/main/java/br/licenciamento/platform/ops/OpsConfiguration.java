package br.licenciamento.platform.ops;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;

import java.util.Set;
import java.util.TreeSet;

/** Operations: every projection gets a dead-letter queue, and the REST API that shows and drives them. */
@Configuration(proxyBeanMethods = false)
@Import({ProcessadoresController.class, FilasMortasController.class, ExploradorDeEventosController.class,
        PaginaDeOperacao.class})
public class OpsConfiguration {

    /**
     * A handler failure parks the event (and the later events of the same aggregate) in PostgreSQL instead of
     * being logged and skipped; operators retry or evict it. Runs after Axon's own provider, which only
     * covers groups listed in properties, so every processing group gets one.
     * <p>
     * Without the sequence-identifier cache, every event costs a SELECT asking the queue whether its aggregate
     * already has a parked event; the cache remembers which aggregates have none (measured in bench/README.md).
     */
    @Bean
    ConfigurerModule filasDeMensagensMortas(ConnectionProvider conexoes, TransactionManager transacoes,
                                            DeadLetterSchema esquema, Serializer serializador,
                                            ListableBeanFactory beans) {
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
                for (String grupo : gruposDeclarados(beans)) {
                    configurer.eventProcessing().registerDeadLetteringEventHandlerInvokerConfiguration(grupo,
                            (configuracao, invocador) -> invocador.enableSequenceIdentifierCache());
                }
            }

            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }

    /** Processing groups named by event-handling beans; Axon offers the invoker setting only per group. */
    private static Set<String> gruposDeclarados(ListableBeanFactory beans) {
        Set<String> grupos = new TreeSet<>();
        for (String nome : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            Class<?> tipo = beans.getType(nome, false);
            ProcessingGroup grupo = tipo == null ? null
                    : AnnotatedElementUtils.findMergedAnnotation(ClassUtils.getUserClass(tipo), ProcessingGroup.class);
            if (grupo != null) {
                grupos.add(grupo.value());
            }
        }
        return grupos;
    }
}
