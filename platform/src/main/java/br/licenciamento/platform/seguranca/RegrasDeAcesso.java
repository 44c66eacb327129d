package br.licenciamento.platform.seguranca;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import java.util.List;

import static br.licenciamento.platform.seguranca.Papeis.ADMIN;
import static br.licenciamento.platform.seguranca.Papeis.ANALISTA;
import static br.licenciamento.platform.seguranca.Papeis.FISCAL;
import static br.licenciamento.platform.seguranca.Papeis.GESTOR;
import static br.licenciamento.platform.seguranca.Papeis.REQUERENTE;
import static br.licenciamento.platform.seguranca.Papeis.SISTEMA;

/**
 * The endpoint x role table, in the order it is evaluated (first match wins): the public routes and operations, then
 * each module's own rules ({@link RegrasDeAcessoDoModulo}, beside its controllers), then the defaults. A route means
 * the same in the one-process app and in the service that serves it, since the rules travel with the module.
 * Ownership (which person, process, document or licence an applicant reaches) is checked by the module that owns the
 * data, on top of this table, in one {@link GuardaDeRecursos} per module.
 */
public final class RegrasDeAcesso {

    private RegrasDeAcesso() {
    }

    /**
     * @param portaDeGestao the management port ({@code management.server.port}) when the actuator has one of its own,
     *                      else 0: metrics are scraped there without a token (Prometheus inside the network), while on
     *                      the public port they stay ADMIN's
     */
    public static void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras,
                               int portaDeGestao, List<RegrasDeAcessoDoModulo> modulos) {
        if (portaDeGestao > 0) {
            regras.requestMatchers(pedido -> pedido.getLocalPort() == portaDeGestao
                    && pedido.getRequestURI().equals("/actuator/prometheus")).permitAll();
        }
        // Public: health, API docs, the error page and the ops page shell (its data needs ADMIN).
        regras.requestMatchers(HttpMethod.GET, "/").permitAll();
        regras.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
                "/error", "/ops", "/ops/**", "/favicon.ico").permitAll();
        // Operations, whichever module serves them.
        regras.requestMatchers("/actuator/**", "/api/v1/ops/**").hasRole(ADMIN);

        modulos.forEach(modulo -> modulo.aplicar(regras));

        // Anything else: any signed-in user reads; the auditor never writes.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/**").authenticated();
        regras.requestMatchers("/api/v1/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR, FISCAL, ADMIN, SISTEMA);
        regras.anyRequest().authenticated();
    }
}
