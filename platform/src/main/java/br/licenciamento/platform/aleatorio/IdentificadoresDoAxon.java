package br.licenciamento.platform.aleatorio;

import org.axonframework.common.IdentifierFactory;

/**
 * The identifiers of Axon's messages, sagas and units of work, from {@link Aleatorios} instead of
 * {@code UUID.randomUUID()}. Axon finds it through {@code META-INF/services}.
 */
public final class IdentificadoresDoAxon extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return Aleatorios.identificador();
    }
}
