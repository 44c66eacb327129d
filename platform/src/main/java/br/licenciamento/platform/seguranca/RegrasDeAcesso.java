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
 * services. Ownership (which person, process, document or licence an applicant reaches) is checked by the module that
 * owns the data, on top of this table, in one {@link GuardaDeRecursos} per module.
 */
public final class RegrasDeAcesso {

    /** Everyone who may read process, licence and person data. */
    private static final String[] LEITORES = {REQUERENTE, ANALISTA, GESTOR, FISCAL, AUDITOR};
    /** Agency staff who act on processes. */
    private static final String[] EQUIPE = {ANALISTA, GESTOR, FISCAL};

    private RegrasDeAcesso() {
    }

    /**
     * @param portaDeGestao the management port ({@code management.server.port}) when the actuator has one of its own,
     *                      else 0: metrics are scraped there without a token (Prometheus inside the network), while on
     *                      the public port they stay ADMIN's
     */
    public static void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras,
                               int portaDeGestao) {
        if (portaDeGestao > 0) {
            regras.requestMatchers(pedido -> pedido.getLocalPort() == portaDeGestao
                    && pedido.getRequestURI().equals("/actuator/prometheus")).permitAll();
        }
        // Public: transparency, health, API docs, the error page and the ops page shell (its data needs ADMIN).
        regras.requestMatchers(HttpMethod.GET, "/").permitAll();
        regras.requestMatchers("/api/v1/publico/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/**",
                "/error", "/ops", "/ops/**", "/favicon.ico").permitAll();

        // Operations.
        regras.requestMatchers("/actuator/**", "/api/v1/ops/**", "/api/v1/usuarios", "/api/v1/usuarios/**").hasRole(ADMIN);
        // Bringing in the processes of the agency's former system, when it adopts the platform.
        regras.requestMatchers("/api/v1/importacoes", "/api/v1/importacoes/**").hasRole(ADMIN);

        // Licensing process: filing, then each step by who performs it (issue 6: GESTOR classifies, assigns,
        // decides; ANALISTA analyses; FISCAL inspects; the applicant answers, appeals and self-declares).
        regras.requestMatchers(HttpMethod.POST, "/api/v1/processos").hasAnyRole(REQUERENTE, GESTOR);
        // Audit trail: the agency's deciders and the auditor; the applicant as interested party (Lei 9.784 art. 3 II).
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos/*/historico", "/api/v1/processos/*/historico/**")
                .hasAnyRole(REQUERENTE, ANALISTA, GESTOR, AUDITOR);
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos", "/api/v1/processos/**").hasAnyRole(LEITORES);
        regras.requestMatchers(etapa("complementacoes/resposta", "adesao", "recursos")).hasRole(REQUERENTE);
        regras.requestMatchers(etapa("complementacoes/prorrogacao")).hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
        // Withdrawal by the applicant; archiving for a missed deadline by the agency.
        regras.requestMatchers(etapa("arquivamento")).hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers(etapa("guias/*/pagamento")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers(etapa("prazo-de-analise-excedido")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers(etapa("documentos/*/avaliacao")).hasAnyRole(ANALISTA, GESTOR);
        // Uploads and new versions: the applicant (complementation) and the analysing staff.
        regras.requestMatchers(etapa("documentos", "documentos/*/versoes")).hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
        regras.requestMatchers(etapa("admissibilidade", "pareceres", "complementacoes")).hasAnyRole(ANALISTA, GESTOR);
        regras.requestMatchers(etapa("vistorias")).hasAnyRole(EQUIPE);
        // Classification, fee slips, hearings and the RIMA notice, decision, archiving, judging appeals.
        regras.requestMatchers("/api/v1/processos/**").hasRole(GESTOR);

        // Licences: the holder asks renewal and reports on conditions; the agency decides everything else.
        // The licence document (PDF) is read like the licence: its holder and the agency (ownership in licenca-query).
        regras.requestMatchers(HttpMethod.GET, "/api/v1/licencas/*/certificado").hasAnyRole(LEITORES);
        regras.requestMatchers(HttpMethod.GET, "/api/v1/licencas", "/api/v1/licencas/**").hasAnyRole(LEITORES);
        regras.requestMatchers(licenca("renovacao")).hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers(licenca("condicionantes/*/relatorios")).hasRole(REQUERENTE);
        regras.requestMatchers(licenca("condicionantes/*/relatorios/*/avaliacao")).hasAnyRole(ANALISTA, FISCAL, GESTOR);
        regras.requestMatchers(licenca("vencimento")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers("/api/v1/licencas/**").hasRole(GESTOR);

        // People: registered by applicants and staff; erasure (LGPD art. 18 VI) asked by the person or done by a manager.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/pessoas", "/api/v1/pessoas/**").hasAnyRole(LEITORES);
        regras.requestMatchers(HttpMethod.POST, "/api/v1/pessoas/*/eliminacao").hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers("/api/v1/pessoas", "/api/v1/pessoas/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR);

        // Rule catalogue: every signed-in user reads the version in force (the studies, documents and deadlines a request
        // must meet are no secret); its history and publishing a new version are ADMIN's.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/catalogo").authenticated();
        regras.requestMatchers("/api/v1/catalogo/**").hasRole(ADMIN);

        regras.requestMatchers("/api/v1/estatisticas", "/api/v1/estatisticas/**").hasAnyRole(ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN);
        regras.requestMatchers("/api/v1/notificacoes", "/api/v1/notificacoes/**").authenticated();

        // Anything else: any signed-in user reads; the auditor never writes.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/**").authenticated();
        regras.requestMatchers("/api/v1/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR, FISCAL, ADMIN, SISTEMA);
        regras.anyRequest().authenticated();
    }

    /** Writes to one step (sub-resource) of a process, exactly that path. */
    private static String[] etapa(String... nomes) {
        return caminhos("/api/v1/processos/*/", nomes);
    }

    /** Writes to one sub-resource of a licence, exactly that path. */
    private static String[] licenca(String... nomes) {
        return caminhos("/api/v1/licencas/*/", nomes);
    }

    private static String[] caminhos(String prefixo, String... nomes) {
        String[] padroes = new String[nomes.length];
        for (int i = 0; i < nomes.length; i++) {
            padroes[i] = prefixo + nomes[i];
        }
        return padroes;
    }
}
