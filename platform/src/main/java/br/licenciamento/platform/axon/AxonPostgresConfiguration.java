package br.licenciamento.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Axon's stores in PostgreSQL through the JDBC engines (no JPA, so no Hibernate {@code oid} mapping), on the
 * tables of the {@code axon} schema created by Flyway ({@code db/migration/axon}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParametrosDosProcessadores.class)
public class AxonPostgresConfiguration {

    static final String ESQUEMA = "axon.";

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable(ESQUEMA + "domain_event_entry")
                .snapshotTable(ESQUEMA + "snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable(ESQUEMA + "token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable(ESQUEMA + "saga_entry")
                .associationValueEntryTable(ESQUEMA + "association_value_entry")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(ESQUEMA + "dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** PostgreSQL reports every unique violation as SQLState 23505; Axon turns it into a concurrency conflict. */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable t = exception; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * Jackson 2 for Axon's messages, tokens and sagas: it reads back a {@code ReplayToken} after a reset, which
     * Axon 4.13's Jackson 3 serializer does not (AxonFramework #4160).
     */
    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).lenientDeserialization().build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    /** Segments per tracking processor (docs/modo-servico.md): 1 in one process, more where replicas run. */
    @Bean
    Segmentacao segmentacao(ParametrosDosProcessadores parametros) {
        return new Segmentacao(parametros.segmentos());
    }

    /**
     * Projections handle events in batches: one transaction and one token update per batch instead of per event, so a
     * replay and a busy hour keep up. A batch holds only the events already stored, so live it stays small; in a
     * replay 1,000 lets the dossier write each process once for most of its events (bench/README.md). Handlers
     * are idempotent, so a batch retried after a failure changes nothing twice. Saga processors keep their own
     * single-event configuration (notificacao-saga).
     */
    @Bean
    ConfigurerModule processamentoEmLote(Segmentacao segmentacao, ParametrosDosProcessadores parametros) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                configuracao -> segmentacao.configuracao().andBatchSize(parametros.lote()));
    }

    /**
     * Replicas starting together on a new database each create the token store's identifier row; the one that lost the
     * race failed to start (duplicate key, seen with two replicas behind Axon Server). Created here before any processor
     * or Axon Server's processor reporting starts, in a transaction of its own, repeated when another instance won.
     */
    @Bean
    ConfigurerModule identificadorDoArmazemDeTokens() {
        return configurer -> configurer.onInitialize(configuracao -> configuracao.onStart(Phase.INBOUND_EVENT_CONNECTORS - 2, () -> {
            TokenStore tokens = configuracao.getComponent(TokenStore.class);
            TransactionManager transacoes = configuracao.getComponent(TransactionManager.class);
            for (int tentativa = 1; ; tentativa++) {
                try {
                    transacoes.fetchInTransaction(tokens::retrieveStorageIdentifier);
                    return;
                } catch (RuntimeException outraInstanciaCriou) {
                    if (tentativa == 3) {
                        throw outraInstanciaCriou;
                    }
                }
            }
        }));
    }

    @Bean
    PartilhaDeSegmentos partilhaDeSegmentos(EventProcessingConfiguration processamento, TokenStore tokens,
                                            TransactionManager transacoes, DataSource dataSource,
                                            ParametrosDosProcessadores parametros) {
        return new PartilhaDeSegmentos(processamento, tokens, transacoes, JdbcClient.create(dataSource),
                parametros.partilha().intervalo());
    }
}
