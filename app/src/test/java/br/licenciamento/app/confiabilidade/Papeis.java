package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.ClienteHttp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The role a client of the reliability suite acts as, for platforms these tests start themselves (a child JVM, a
 * context of their own) where {@code PlataformaEmbutidaTest.api(papel)} is not available: it signs in as that
 * role's demo user, as a person would.
 */
final class Papeis {

    static final String[] TODOS = {"REQUERENTE", "ANALISTA", "GESTOR", "FISCAL", "AUDITOR", "ADMIN"};

    /** Tokens per port and role: a restarted platform listens on a new port and issues for a new issuer. */
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Papeis() {
    }

    /** The same server, signed in as the demo user of this role (authorization code + PKCE). */
    static ClienteHttp como(ClienteHttp cliente, String papel) {
        String login = papel.toLowerCase(Locale.ROOT);
        String token = TOKENS.computeIfAbsent(cliente.porta() + "/" + login,
                chave -> LoginOAuth2.entrar(cliente.porta(), login, "demo-" + login).acesso());
        return new ClienteHttp(cliente.porta()).com("Authorization", "Bearer " + token);
    }
}
