package br.licenciamento.auth.servidor;

import br.licenciamento.auth.ParametrosDoAuth;
import br.licenciamento.auth.usuario.Usuarios;
import br.licenciamento.platform.aleatorio.Aleatorios;
import br.licenciamento.platform.seguranca.Papeis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the authorization server needs before anyone signs in. Always: the signing key, the public client of Swagger UI and
 * browser apps ({@code licenciamento-web}, PKCE, no secret), and a first administrator when
 * {@code LICENCIAMENTO_AUTH_ADMIN_INICIAL_SENHA} is set and no administrator exists. Only with
 * {@code licenciamento.auth.usuarios-demo=true} (the embedded mode): one demo user per role and two demo
 * clients with documented secrets. Runs at every start; redirect addresses follow the current configuration.
 */
@Component
class DadosIniciais implements ApplicationRunner {

    static final String CLIENTE_WEB = "licenciamento-web";
    static final String CLIENTE_PORTAL_DEMO = "portal-demo";
    static final String CLIENTE_PAGAMENTOS_DEMO = "pagamentos-demo";

    private static final Logger log = LoggerFactory.getLogger(DadosIniciais.class);
    private static final List<String> PAPEIS_DE_PESSOAS =
            List.of(Papeis.REQUERENTE, Papeis.ANALISTA, Papeis.GESTOR, Papeis.FISCAL, Papeis.AUDITOR, Papeis.ADMIN);

    private final RegisteredClientRepository clientes;
    private final ChavesDeAssinatura chaves;
    private final Usuarios usuarios;
    private final PasswordEncoder senhas;
    private final List<String> redirecionamentos;
    private final Duration validadeDoAcesso;
    private final Duration validadeDaRenovacao;
    private final boolean demo;
    private final String senhaDoAdminInicial;

    DadosIniciais(RegisteredClientRepository clientes, ChavesDeAssinatura chaves, Usuarios usuarios, PasswordEncoder senhas,
                  ParametrosDoAuth parametros, Environment ambiente) {
        this.clientes = clientes;
        this.chaves = chaves;
        this.usuarios = usuarios;
        this.senhas = senhas;
        List<String> redirecionamentos = parametros.clienteWeb().redirecionamentos();
        if (redirecionamentos == null) {
            // The default names this service's port, which only the environment knows.
            redirecionamentos = List.of("http://127.0.0.1:" + ambiente.getProperty("server.port", "8084")
                    + "/swagger-ui/oauth2-redirect.html", "http://127.0.0.1/ops/", "http://127.0.0.1/autorizado");
        }
        this.redirecionamentos = redirecionamentos.stream().map(String::trim).filter(StringUtils::hasText).toList();
        this.validadeDoAcesso = parametros.token().acesso();
        this.validadeDaRenovacao = parametros.token().renovacao();
        this.demo = parametros.usuariosDemo();
        this.senhaDoAdminInicial = parametros.adminInicial().senha();
    }

    @Override
    public void run(ApplicationArguments argumentos) {
        // The signing key is read or generated now, so a broken key fails the start rather than the first login.
        chaves.publicas();
        registrar(CLIENTE_WEB, c -> c.clientName("Swagger UI e aplicações no navegador")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(r -> {
                    r.clear();
                    r.addAll(redirecionamentos);
                })
                .scopes(s -> s.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE)))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens()));

        if (StringUtils.hasText(senhaDoAdminInicial) && !usuarios.existeComPapel(Papeis.ADMIN)) {
            usuarios.incluir(Aleatorios.uuid(), "admin", "Administrador", null, senhas.encode(senhaDoAdminInicial), List.of(Papeis.ADMIN));
            log.info("Administrador inicial 'admin' criado com a senha de LICENCIAMENTO_AUTH_ADMIN_INICIAL_SENHA");
        }

        if (demo) {
            registrarDemo();
        }
    }

    private void registrarDemo() {
        for (String papel : PAPEIS_DE_PESSOAS) {
            String login = papel.toLowerCase();
            // Hashing a password costs tens of milliseconds by design: not at every start for users that exist.
            if (usuarios.porLogin(login).isEmpty() && usuarios.incluir(Aleatorios.uuid(), login, "Demonstracao " + login, login + "@demo.licenciamento.local",
                    senhas.encode(senhaDemo(login)), List.of(papel))) {
                // The password is in the README; a log is read by more people than a README and kept longer.
                log.info("Usuário de demonstração '{}' (papel {}) criado", login, papel);
            }
        }
        registrar(CLIENTE_PORTAL_DEMO, c -> c.clientName("Portal de demonstração (cliente confidencial)")
                .clientSecret(segredo(CLIENTE_PORTAL_DEMO, "portal-demo-segredo"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(r -> {
                    r.clear();
                    r.addAll(redirecionamentos);
                })
                .scopes(s -> s.addAll(List.of(OidcScopes.OPENID, OidcScopes.PROFILE)))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .tokenSettings(tokens()));
        registrar(CLIENTE_PAGAMENTOS_DEMO, c -> c.clientName("Provedor de pagamentos de demonstração (sistema)")
                .clientSecret(segredo(CLIENTE_PAGAMENTOS_DEMO, "pagamentos-demo-segredo"))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(s -> s.add("taxas"))
                .clientSettings(ClientSettings.builder().setting(ServidorDeAutorizacaoConfiguration.PAPEIS_DO_CLIENTE, Papeis.SISTEMA).build())
                .tokenSettings(tokens()));
    }

    /** Demo passwords are fixed and documented in the README: they only exist in the embedded demo mode. */
    static String senhaDemo(String login) {
        return "demo-" + login;
    }

    /** Keeps the stored hash of an existing client; hashes the demo secret for a new one. */
    private String segredo(String clientId, String demo) {
        RegisteredClient atual = clientes.findByClientId(clientId);
        return atual != null && atual.getClientSecret() != null ? atual.getClientSecret() : senhas.encode(demo);
    }

    private TokenSettings tokens() {
        return TokenSettings.builder()
                .accessTokenTimeToLive(validadeDoAcesso)
                .refreshTokenTimeToLive(validadeDaRenovacao)
                .reuseRefreshTokens(false)
                .build();
    }

    private void registrar(String clientId, UnaryOperator<RegisteredClient.Builder> configurar) {
        RegisteredClient existente = clientes.findByClientId(clientId);
        RegisteredClient.Builder builder = existente != null
                ? RegisteredClient.from(existente)
                : RegisteredClient.withId(Aleatorios.identificador()).clientId(clientId);
        clientes.save(configurar.apply(builder).build());
    }
}
