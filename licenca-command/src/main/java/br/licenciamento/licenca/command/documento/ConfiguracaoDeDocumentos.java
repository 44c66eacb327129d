package br.licenciamento.licenca.command.documento;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeDocumentos {

    /** A version is downloadable as soon as its upload is answered, and a failure to record it undoes the upload. */
    @Bean
    ConfigurerModule processadorDeVersoesDeDocumentos() {
        return configurer -> configurer.eventProcessing()
                .registerSubscribingEventProcessor(VersoesDeDocumentos.GRUPO)
                .registerListenerInvocationErrorHandler(VersoesDeDocumentos.GRUPO, c -> PropagatingErrorHandler.instance());
    }
}
