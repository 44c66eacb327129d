package br.licenciamento.platform.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;

/**
 * Sends a command from a handler that runs inside another command's transaction (a processor of
 * {@link NaTransacaoDoComando}) and waits for it on the same thread, so both are stored together or not at all.
 * Always through this instance's own command bus ({@code localSegment}), never through Axon Server: there the nested
 * command ran on another of the instance's command threads, in a transaction that could not see this one's
 * uncommitted rows, and once every command thread waited like this one, none was left to run it — the benchmark's
 * service mode stopped for good at 32 clients, every request waiting. The dispatch interceptors are the application
 * gateway's, so the nested command carries the same metadata.
 */
public final class ComandosNaTransacao {

    private final CommandGateway gateway;

    public ComandosNaTransacao(CommandBus barramentoLocal,
                               List<MessageDispatchInterceptor<? super CommandMessage<?>>> interceptadores) {
        this.gateway = DefaultCommandGateway.builder().commandBus(barramentoLocal)
                .dispatchInterceptors(interceptadores).build();
    }

    public <R> R enviar(Object comando) {
        return gateway.sendAndWait(comando);
    }
}
