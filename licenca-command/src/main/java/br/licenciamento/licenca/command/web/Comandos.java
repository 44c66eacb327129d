package br.licenciamento.licenca.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

/** Sends a command and waits for its result, turning a stale expected version into the platform's 409. */
public final class Comandos {

    private Comandos() {
    }

    public static <R> R enviar(CommandGateway gateway, Object comando) {
        try {
            return gateway.sendAndWait(comando);
        } catch (RuntimeException e) {
            // Axon detects an outdated If-Match version when the unit of work commits, outside the handler
            // interceptors, so it arrives here as a bare ConflictingAggregateVersionException.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ConflictingModificationException) {
                    throw new ConcurrencyException("O recurso foi alterado por outra pessoa; consulte a versao atual e tente de novo.", e);
                }
            }
            throw e;
        }
    }
}
