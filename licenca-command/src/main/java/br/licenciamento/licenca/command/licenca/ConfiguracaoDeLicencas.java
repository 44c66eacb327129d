package br.licenciamento.licenca.command.licenca;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry and the issuing policy run in the publishing transaction, and a failure there undoes it. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeLicencas {

    @Bean
    ConfigurerModule processadoresDeLicencas() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(RegistroDeLicencasProjection.GRUPO)
                .registerListenerInvocationErrorHandler(RegistroDeLicencasProjection.GRUPO, c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(EmissaoDeLicencas.GRUPO)
                .registerListenerInvocationErrorHandler(EmissaoDeLicencas.GRUPO, c -> PropagatingErrorHandler.instance());
    }
}
