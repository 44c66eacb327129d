package br.licenciamento.platform.projecao;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;

/** Versioned projections: rebuilt on start when the version their code declares changes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParametrosDasProjecoes.class)
public class ProjecaoConfiguration {

    @Bean
    VersoesDasProjecoes versoesDasProjecoes(ListableBeanFactory beans, DataSource dataSource, @Lazy TokenStore tokens,
                                            @Lazy TransactionManager transacoes,
                                            ParametrosDasProjecoes parametros) {
        return new VersoesDasProjecoes(beans, JdbcClient.create(dataSource), tokens, transacoes,
                parametros.esperaPorTokens());
    }

    /**
     * Just before Axon starts the event processors (they start in phase INBOUND_EVENT_CONNECTORS): a processor can
     * only be reset while it is not running, and it should not project a single event with a stale read model.
     */
    @Bean
    ConfigurerModule versoesDasProjecoesNoInicio(ObjectProvider<VersoesDasProjecoes> versoes) {
        return configurer -> configurer.onInitialize(configuracao -> configuracao.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1,
                () -> versoes.getObject().reconciliar(configuracao.eventProcessingConfiguration())));
    }
}
