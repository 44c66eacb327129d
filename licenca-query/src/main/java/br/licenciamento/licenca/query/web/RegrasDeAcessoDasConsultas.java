package br.licenciamento.licenca.query.web;

import br.licenciamento.platform.seguranca.Papeis;
import br.licenciamento.platform.seguranca.RegrasDeAcessoDoModulo;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static br.licenciamento.platform.seguranca.Papeis.ADMIN;
import static br.licenciamento.platform.seguranca.Papeis.ANALISTA;
import static br.licenciamento.platform.seguranca.Papeis.AUDITOR;
import static br.licenciamento.platform.seguranca.Papeis.FISCAL;
import static br.licenciamento.platform.seguranca.Papeis.GESTOR;
import static br.licenciamento.platform.seguranca.Papeis.REQUERENTE;

/** Who reads processes, licences (and their PDF), their audit trails and the statistics; transparency and the map are public. */
@Component
class RegrasDeAcessoDasConsultas implements RegrasDeAcessoDoModulo {

    @Override
    public void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras) {
        regras.requestMatchers("/api/v1/publico/**").permitAll();
        // The public map page and the map library it loads (a webjar on the classpath, no CDN).
        regras.requestMatchers(HttpMethod.GET, "/mapa", "/mapa/**", "/webjars/leaflet/**").permitAll();
        // Audit trail: the agency's deciders and the auditor; the applicant as interested party (Lei 9.784 art. 3 II).
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos/*/historico", "/api/v1/processos/*/historico/**")
                .hasAnyRole(REQUERENTE, ANALISTA, GESTOR, AUDITOR);
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos", "/api/v1/processos/**").hasAnyRole(Papeis.leitores());
        // A licence and its document (PDF) are read by its holder and the agency (ownership in registro/LicencasDoLeitor).
        regras.requestMatchers(HttpMethod.GET, "/api/v1/licencas", "/api/v1/licencas/**").hasAnyRole(Papeis.leitores());
        regras.requestMatchers("/api/v1/estatisticas", "/api/v1/estatisticas/**").hasAnyRole(ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN);
    }
}
