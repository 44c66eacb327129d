package br.licenciamento.platform.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.monitoring.NoOpMessageMonitor;

/**
 * Processing groups whose read model a command relies on right away: a subscribing processor writes it in the
 * transaction that stores the events, and a failure there undoes the command instead of being logged and skipped.
 * <p>
 * Their time is part of the command's timer and their failures are the command's failures, so they carry no message
 * monitors of their own: every event of every command passes through each of these processors, and Axon's per-message
 * meters for the events they ignore cost 7 % of the request threads' CPU in the benchmark's profile.
 */
public final class NaTransacaoDoComando {

    private NaTransacaoDoComando() {
    }

    public static ConfigurerModule grupos(String... grupos) {
        return configurer -> {
            for (String grupo : grupos) {
                configurer.eventProcessing()
                        .registerSubscribingEventProcessor(grupo)
                        .registerListenerInvocationErrorHandler(grupo, c -> PropagatingErrorHandler.instance())
                        .registerMessageMonitorFactory(grupo, (c, tipo, nome) -> NoOpMessageMonitor.instance());
            }
        };
    }
}
