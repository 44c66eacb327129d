package br.licenciamento.app.confiabilidade;

import br.licenciamento.platform.teste.ClienteHttp;

/**
 * The role a client of the reliability suite acts as, for platforms these tests start themselves (a child JVM, a
 * context of their own) where {@code PlataformaEmbutidaTest.api(papel)} is not available. Today every endpoint
 * is open and the client goes as it is; when sign-in arrives, this is the one place that adds the token, and
 * every call site already names the role a real user would have.
 */
final class Papeis {

    static final String[] TODOS = {"REQUERENTE", "ANALISTA", "GESTOR", "FISCAL", "AUDITOR", "ADMIN"};

    private Papeis() {
    }

    static ClienteHttp como(ClienteHttp cliente, String papel) {
        return cliente;
    }
}
