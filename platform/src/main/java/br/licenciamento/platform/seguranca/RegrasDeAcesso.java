package br.licenciamento.platform.seguranca;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static br.licenciamento.platform.seguranca.Papeis.ADMIN;
import static br.licenciamento.platform.seguranca.Papeis.ANALISTA;
import static br.licenciamento.platform.seguranca.Papeis.AUDITOR;
import static br.licenciamento.platform.seguranca.Papeis.FISCAL;
import static br.licenciamento.platform.seguranca.Papeis.GESTOR;
import static br.licenciamento.platform.seguranca.Papeis.REQUERENTE;
import static br.licenciamento.platform.seguranca.Papeis.SISTEMA;

/**
 * The endpoint x role table of the whole platform, in one place and in the order it is evaluated (first match
 * wins). Every runnable applies the same table, so a route means the same in the one-process app and in the
 * services. Ownership (an applicant only sees the processes of persons they represent) is checked by the module
 * that owns the data, on top of this table.
 */
public final class RegrasDeAcesso {

    /** Everyone who may read process, licence and person data. */
    private static final String[] LEITORES = {REQUERENTE, ANALISTA, GESTOR, FISCAL, AUDITOR};
    /** Agency staff who act on processes. */
    private static final String[] EQUIPE = {ANALISTA, GESTOR, FISCAL};

    private RegrasDeAcesso() {
    }

    public static void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras) {
        // Public: transparency, health, API docs, the error page and the ops page shell (its data needs ADMIN).
        regras.requestMatchers("/api/v1/publico/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
                "/error", "/ops", "/ops/**", "/favicon.ico").permitAll();

        // Operations.
        regras.requestMatchers("/actuator/**", "/api/v1/ops/**", "/api/v1/usuarios", "/api/v1/usuarios/**").hasRole(ADMIN);

        // Licensing process: filing, then each step by who performs it.
        regras.requestMatchers(HttpMethod.POST, "/api/v1/processos").hasAnyRole(REQUERENTE, GESTOR);
        // Audit trail: the agency's deciders and the auditor; the applicant as interested party (Lei 9.784 art. 3 II).
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos/*/historico", "/api/v1/processos/*/historico/**")
                .hasAnyRole(REQUERENTE, ANALISTA, GESTOR, AUDITOR);
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos", "/api/v1/processos/**").hasAnyRole(LEITORES);
        regras.requestMatchers(etapa("enquadramento", "classificacao", "atribuicao", "decisao", "arquivamento",
                "audiencia", "audiencias")).hasRole(GESTOR);
        regras.requestMatchers(etapa("parecer", "pareceres")).hasAnyRole(ANALISTA, GESTOR);
        regras.requestMatchers(etapa("vistoria", "vistorias")).hasAnyRole(EQUIPE);
        // Appeals: filed by the applicant, judged by the agency.
        regras.requestMatchers(etapa("recurso", "recursos")).hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers(etapa("documentos", "complementacao", "complementacoes"))
                .hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
        regras.requestMatchers(etapa("taxa", "taxas", "pagamento", "pagamentos")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers("/api/v1/processos/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR, FISCAL);

        // Licences: renewal asked by the holder; suspension, cancellation and conditions by the agency.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/licencas", "/api/v1/licencas/**").hasAnyRole(LEITORES);
        regras.requestMatchers("/api/v1/licencas/*/renovacao", "/api/v1/licencas/*/renovacao/**").hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers("/api/v1/licencas/*/condicionantes", "/api/v1/licencas/*/condicionantes/**")
                .hasAnyRole(REQUERENTE, ANALISTA, GESTOR, FISCAL);
        regras.requestMatchers("/api/v1/licencas/**").hasRole(GESTOR);

        // People: registered by applicants and staff; erasure (LGPD) by the agency.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/pessoas", "/api/v1/pessoas/**").hasAnyRole(LEITORES);
        regras.requestMatchers(HttpMethod.DELETE, "/api/v1/pessoas/**").hasAnyRole(GESTOR, ADMIN);
        regras.requestMatchers("/api/v1/pessoas", "/api/v1/pessoas/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR);

        regras.requestMatchers("/api/v1/estatisticas", "/api/v1/estatisticas/**").hasAnyRole(ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN);
        regras.requestMatchers("/api/v1/notificacoes", "/api/v1/notificacoes/**").authenticated();

        // Anything else: any signed-in user reads; the auditor never writes.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/**").authenticated();
        regras.requestMatchers("/api/v1/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR, FISCAL, ADMIN, SISTEMA);
        regras.anyRequest().authenticated();
    }

    /** Writes to one step (sub-resource) of a process, with or without further path segments. */
    private static String[] etapa(String... nomes) {
        String[] padroes = new String[nomes.length * 2];
        for (int i = 0; i < nomes.length; i++) {
            padroes[2 * i] = "/api/v1/processos/*/" + nomes[i];
            padroes[2 * i + 1] = "/api/v1/processos/*/" + nomes[i] + "/**";
        }
        return padroes;
    }
}
