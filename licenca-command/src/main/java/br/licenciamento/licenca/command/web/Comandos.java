package br.licenciamento.licenca.command.web;

import br.licenciamento.platform.axon.FalhasDeComando;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;

/**
 * Sends a command and waits for its result, turning a stale expected version into the platform's 412 and an id of
 * another kind of aggregate (a licence id sent to a process endpoint) into its 404.
 */
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
                if (t instanceof ConflictingAggregateVersionException versao) {
                    throw FalhasDeComando.versaoDesatualizada(versao);
                }
                if (t instanceof ConflictingModificationException) {
                    throw new ConcurrencyException("O recurso foi alterado por outra pessoa; consulte a versão atual e tente de novo.", e);
                }
                // The stream exists but was not started by this aggregate type, so it never gets an identity.
                if (t instanceof IncompatibleAggregateException) {
                    throw new AggregateNotFoundException(null, "O recurso informado não existe neste endereço.", e);
                }
            }
            throw e;
        }
    }
}
