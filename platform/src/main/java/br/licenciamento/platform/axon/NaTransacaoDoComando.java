package br.licenciamento.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;

/**
 * Processing groups whose read model a command relies on right away: a subscribing processor writes it in the
 * transaction that stores the events, and a failure there undoes the command instead of being logged and skipped.
 */
public final class NaTransacaoDoComando {

    private NaTransacaoDoComando() {
    }

    public static ConfigurerModule grupos(String... grupos) {
        return configurer -> {
            for (String grupo : grupos) {
                configurer.eventProcessing()
                        .registerSubscribingEventProcessor(grupo)
                        .registerListenerInvocationErrorHandler(grupo, c -> PropagatingErrorHandler.instance());
            }
        };
    }
}
