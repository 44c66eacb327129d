package br.licenciamento.platform.seguranca;

import br.licenciamento.platform.auditoria.UsuarioAtual;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Every runnable is an OAuth2 resource server: requests carry a JWT access token issued by the auth module,
 * validated against its issuer and signing keys, and the route table in {@link RegrasDeAcesso} decides who may
 * call what. Stateless: no session, no cookies, hence no CSRF token on the API.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SegurancaConfiguration {

    /** Order of the API chain: after the auth module's login and protocol chains, which match narrower paths. */
    public static final int ORDEM_API = Ordered.LOWEST_PRECEDENCE - 100;

    private static final Logger log = LoggerFactory.getLogger(SegurancaConfiguration.class);

    @Bean
    @Order(ORDEM_API)
    SecurityFilterChain segurancaDaApi(HttpSecurity http, JwtDecoder decodificador, Environment ambiente,
                                       @Qualifier("requestMappingHandlerMapping")
                                       ObjectProvider<RequestMappingHandlerMapping> enderecos,
                                       ObjectProvider<RegrasDeAcessoDoModulo> regrasDosModulos) throws Exception {
        int portaDeGestao = portaDeGestao(ambiente);
        RespostasDeSeguranca respostas = new RespostasDeSeguranca(enderecos);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .cors(cors -> {
                })
                .headers(cabecalhosSeguros())
                .authorizeHttpRequests(regras -> RegrasDeAcesso.aplicar(regras, portaDeGestao, regrasDosModulos.orderedStream().toList()))
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(decodificador).jwtAuthenticationConverter(conversorDePapeis()))
                        .authenticationEntryPoint(respostas)
                        .accessDeniedHandler(respostas))
                .exceptionHandling(e -> e.authenticationEntryPoint(respostas).accessDeniedHandler(respostas));
        return http.build();
    }

    /** The actuator's own port, when set apart from the application's (a fixed port, so requests can be told apart). */
    private static int portaDeGestao(Environment ambiente) {
        int gestao = ambiente.getProperty("management.server.port", Integer.class, 0);
        return gestao > 0 && gestao != ambiente.getProperty("server.port", Integer.class, 8080) ? gestao : 0;
    }

    /** Security headers every answer carries; HSTS is only sent over HTTPS, as the standard requires. */
    public static Customizer<HeadersConfigurer<HttpSecurity>> cabecalhosSeguros() {
        return h -> h.contentTypeOptions(c -> {
                })
                .frameOptions(f -> f.deny())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds()).includeSubDomains(true))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'; object-src 'none'; base-uri 'self'"));
    }

    /** Roles come from the {@code papeis} claim; the subject is the user's login (or the client id for systems). */
    public static JwtAuthenticationConverter conversorDePapeis() {
        JwtGrantedAuthoritiesConverter papeis = new JwtGrantedAuthoritiesConverter();
        papeis.setAuthoritiesClaimName(Papeis.CLAIM);
        papeis.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter conversor = new JwtAuthenticationConverter();
        conversor.setJwtGrantedAuthoritiesConverter(papeis);
        return conversor;
    }

    /**
     * Where the auth module runs in this process its key source is used directly (no HTTP call to itself);
     * otherwise the keys are fetched from the JWKS endpoint on first use and cached. Either way the issuer and
     * the validity period are checked, on every request, while a signature is verified once per token.
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder decodificadorDeTokens(Environment ambiente, ObjectProvider<JWKSource<SecurityContext>> chavesLocais) {
        String emissor = emissor(ambiente);
        if (ambiente.getProperty("axon.axonserver.enabled", Boolean.class, false) && emissorLocal(emissor)) {
            log.warn("Emissor de tokens {} neste serviço: só navegadores nesta mesma máquina conseguirão entrar.", emissor);
        }
        JWKSource<SecurityContext> locais = chavesLocais.getIfAvailable();
        NimbusJwtDecoder decodificador;
        if (locais != null) {
            decodificador = NimbusJwtDecoder.withJwkSource(locais).build();
            log.info("Tokens validados com as chaves locais do modulo auth; emissor {}", emissor);
        } else {
            String jwks = ambiente.getProperty("licenciamento.seguranca.jwks-uri", emissor + "/oauth2/jwks");
            // Bounded waits: a slow auth server must not hold every request of this service.
            SimpleClientHttpRequestFactory conexao = new SimpleClientHttpRequestFactory();
            conexao.setConnectTimeout(Duration.ofSeconds(3));
            conexao.setReadTimeout(Duration.ofSeconds(5));
            decodificador = NimbusJwtDecoder.withJwkSetUri(jwks).restOperations(new RestTemplate(conexao)).build();
            log.info("Tokens validados com as chaves publicadas em {}; emissor {}", jwks, emissor);
        }
        OAuth2TokenValidator<Jwt> validador = JwtValidators.createDefaultWithIssuer(emissor);
        decodificador.setJwtValidator(validador);
        return new TokensVerificados(decodificador, validador);
    }

    /**
     * The public URL of the auth server, the issuer every token must carry. It has no default: a service left with
     * one (say 127.0.0.1) would refuse every token the gateway's users bring, or trust one nobody signs in at.
     */
    public static String emissor(Environment ambiente) {
        String emissor = ambiente.getProperty("licenciamento.seguranca.emissor");
        if (emissor == null || emissor.isBlank()) {
            throw new IllegalStateException("Defina LICENCIAMENTO_SEGURANCA_EMISSOR (licenciamento.seguranca.emissor) com o "
                    + "endereço público em que os usuários entram, por exemplo https://licenciamento.exemplo.gov.br: é o "
                    + "emissor dos tokens que este serviço aceita.");
        }
        return emissor;
    }

    private static boolean emissorLocal(String emissor) {
        String host = java.net.URI.create(emissor).getHost();
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]");
    }

    /**
     * No observations (metrics, spans) per security filter, authentication and authorization: they cost 6 % of the
     * request threads' CPU in the benchmark's profile, and a request's trace keeps its HTTP span and Axon's spans,
     * where an operator looks for the time.
     */
    @Bean
    SecurityObservationSettings semObservacoesPorFiltro() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    UsuarioAtual usuarioDoToken() {
        return new UsuarioDoToken();
    }

    /** Browser apps on other origins may call the API only if listed in {@code licenciamento.seguranca.cors.origens}. */
    @Bean
    @ConditionalOnMissingBean(CorsConfigurationSource.class)
    CorsConfigurationSource corsConfigurationSource(Environment ambiente) {
        List<String> origens = Arrays.stream(ambiente.getProperty("licenciamento.seguranca.cors.origens", "").split(","))
                .map(String::trim).filter(StringUtils::hasText).toList();
        UrlBasedCorsConfigurationSource fonte = new UrlBasedCorsConfigurationSource();
        if (!origens.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origens);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Correlation-Id", "If-Match"));
            cors.setExposedHeaders(List.of("Location", "ETag", "X-Correlation-Id", "WWW-Authenticate",
                    "X-Posicao-De-Leitura", "Retry-After"));
            cors.setAllowCredentials(false);
            cors.setMaxAge(Duration.ofHours(1));
            fonte.registerCorsConfiguration("/api/**", cors);
            fonte.registerCorsConfiguration("/oauth2/**", cors);
        }
        return fonte;
    }

    /** Swagger UI signs in with authorization code + PKCE against the auth module, so every endpoint can be tried. */
    @Bean
    OpenApiCustomizer segurancaNoOpenApi(Environment ambiente) {
        String emissor = emissor(ambiente);
        return openApi -> {
            Components componentes = openApi.getComponents() != null ? openApi.getComponents() : new Components();
            componentes.addSecuritySchemes("oauth2", new SecurityScheme()
                    .type(SecurityScheme.Type.OAUTH2)
                    .description("Login pelo servidor de autorizacao (codigo de autorizacao + PKCE).")
                    .flows(new OAuthFlows().authorizationCode(new OAuthFlow()
                            .authorizationUrl(emissor + "/oauth2/authorize")
                            .tokenUrl(emissor + "/oauth2/token")
                            .refreshUrl(emissor + "/oauth2/token")
                            .scopes(new Scopes().addString("openid", "identidade do usuario")))));
            componentes.addSecuritySchemes("bearer", new SecurityScheme()
                    .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                    .description("Token de acesso obtido em /oauth2/token."));
            openApi.setComponents(componentes);
            openApi.addSecurityItem(new SecurityRequirement().addList("oauth2"));
            openApi.addSecurityItem(new SecurityRequirement().addList("bearer"));
        };
    }
}
