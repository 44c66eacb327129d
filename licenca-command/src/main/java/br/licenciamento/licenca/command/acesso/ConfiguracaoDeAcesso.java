package br.licenciamento.licenca.command.acesso;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access data is written in the publishing transaction, and a failure there undoes it. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeAcesso {

    @Bean
    ConfigurerModule processadorDeAcessos() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(AcessosProjection.GRUPO)
                .registerListenerInvocationErrorHandler(AcessosProjection.GRUPO, c -> PropagatingErrorHandler.instance());
    }
}
