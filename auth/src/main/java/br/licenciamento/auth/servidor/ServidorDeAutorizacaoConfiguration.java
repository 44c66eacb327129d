package br.licenciamento.auth.servidor;

import br.licenciamento.auth.ParametrosDoAuth;
import br.licenciamento.auth.usuario.ControleDeTentativas;
import br.licenciamento.auth.usuario.Usuario;
import br.licenciamento.auth.usuario.Usuarios;
import br.licenciamento.platform.migracao.MigracoesDeEsquema;
import br.licenciamento.platform.seguranca.Papeis;
import br.licenciamento.platform.seguranca.SegurancaConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;

import static br.licenciamento.auth.Textos.MENSAGENS;

/**
 * Spring Authorization Server: authorization code + PKCE for people (sign-in page of this module), client
 * credentials for systems, refresh tokens for confidential clients, JWT access tokens signed with
 * {@link ChavesDeAssinatura} and published at {@code /oauth2/jwks}, OIDC discovery. Clients, authorizations and
 * consents are kept in the {@code auth} schema through the server's JDBC services.
 */
@Configuration(proxyBeanMethods = false)
public class ServidorDeAutorizacaoConfiguration {

    /** Setting of a machine client with the roles its tokens carry (comma separated). */
    public static final String PAPEIS_DO_CLIENTE = "licenciamento.papeis";

    /** OAuth2/OIDC protocol endpoints; the authorization endpoint sends people to the sign-in page. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain protocoloOAuth2(HttpSecurity http, JwtDecoder decodificador) throws Exception {
        OAuth2AuthorizationServerConfigurer servidor = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(servidor.getEndpointsMatcher())
                .with(servidor, s -> s.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(r -> r.anyRequest().authenticated())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        PathPatternRequestMatcher.withDefaults().matcher("/oauth2/authorize")))
                // The OIDC userinfo endpoint takes the access token.
                .oauth2ResourceServer(rs -> rs.jwt(jwt -> jwt.decoder(decodificador)))
                .headers(SegurancaConfiguration.cabecalhosSeguros())
                .cors(Customizer.withDefaults());
        return http.build();
    }

    /** The sign-in form (with session and CSRF protection), counting failures for the lockout. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain login(HttpSecurity http, ControleDeTentativas tentativas) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler voltarAoPedido = new SavedRequestAwareAuthenticationSuccessHandler();
        voltarAoPedido.setDefaultTargetUrl("/swagger-ui.html");
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(r -> r.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler((requisicao, resposta, autenticacao) -> {
                            tentativas.entrou(autenticacao.getName());
                            voltarAoPedido.onAuthenticationSuccess(requisicao, resposta, autenticacao);
                        })
                        .failureHandler((requisicao, resposta, erro) -> {
                            String destino;
                            if (erro instanceof LockedException) {
                                destino = "/login?bloqueado";
                            } else if (erro instanceof DisabledException) {
                                destino = "/login?inativo";
                            } else {
                                tentativas.falhou(requisicao.getParameter("username"));
                                destino = "/login?erro";
                            }
                            resposta.sendRedirect(requisicao.getContextPath() + destino);
                        }))
                .logout(l -> l.logoutSuccessUrl("/login?saiu"))
                .headers(SegurancaConfiguration.cabecalhosSeguros());
        return http.build();
    }

    @Bean
    PasswordEncoder codificadorDeSenhas() {
        // bcrypt by default, and still verifies hashes of other algorithms ({argon2}, {pbkdf2}) if ever migrated.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ChavesDeAssinatura chavesDeAssinatura(JdbcClient jdbc, ParametrosDoAuth parametros) {
        return new ChavesDeAssinatura(jdbc, parametros.chaveJwk());
    }

    @Bean
    AuthorizationServerSettings configuracaoDoServidor(Environment ambiente) {
        return AuthorizationServerSettings.builder().issuer(SegurancaConfiguration.emissor(ambiente)).build();
    }

    @Bean
    RegisteredClientRepository clientesRegistrados(DataSource dataSource) {
        return new JdbcRegisteredClientRepository(new JdbcTemplate(new TabelasNoEsquemaAuth(dataSource)));
    }

    /**
     * The service reads its columns' types when built, so the schema migrations must have run before: text
     * columns then take the token values as strings.
     */
    @Bean
    OAuth2AuthorizationService autorizacoes(DataSource dataSource, RegisteredClientRepository clientes,
                                            MigracoesDeEsquema migracoesJaAplicadas) {
        return new JdbcOAuth2AuthorizationService(new JdbcTemplate(new TabelasNoEsquemaAuth(dataSource)), clientes);
    }

    @Bean
    OAuth2AuthorizationConsentService consentimentos(DataSource dataSource, RegisteredClientRepository clientes) {
        return new JdbcOAuth2AuthorizationConsentService(new JdbcTemplate(new TabelasNoEsquemaAuth(dataSource)), clientes);
    }

    /**
     * Access tokens carry the subject's roles in {@code papeis}. For people they are read from the user table at
     * every issue, so a refresh picks up role changes and a deactivated or locked account gets no new token.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> papeisNoToken(Usuarios usuarios, Clock relogio) {
        return contexto -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(contexto.getTokenType())) {
                return;
            }
            List<String> papeis;
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(contexto.getAuthorizationGrantType())) {
                Object doCliente = contexto.getRegisteredClient().getClientSettings().getSetting(PAPEIS_DO_CLIENTE);
                papeis = doCliente == null ? List.of() : Arrays.stream(doCliente.toString().split(","))
                        .map(String::trim).filter(p -> !p.isEmpty()).toList();
            } else {
                String login = contexto.getPrincipal().getName();
                Usuario usuario = usuarios.porLogin(login)
                        .filter(u -> u.ativo() && !u.bloqueadoEm(relogio.instant()))
                        .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                                MENSAGENS.texto("conta-indisponivel"), null)));
                papeis = usuario.papeis();
            }
            // An ArrayList: the stored authorization keeps the claims, and the server only reads back allow-listed types.
            contexto.getClaims().claim(Papeis.CLAIM, new ArrayList<>(papeis));
        };
    }

}
