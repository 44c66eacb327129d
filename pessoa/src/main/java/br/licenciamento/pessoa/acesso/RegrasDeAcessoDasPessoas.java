package br.licenciamento.pessoa.acesso;

import br.licenciamento.platform.seguranca.Papeis;
import br.licenciamento.platform.seguranca.RegrasDeAcessoDoModulo;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static br.licenciamento.platform.seguranca.Papeis.ANALISTA;
import static br.licenciamento.platform.seguranca.Papeis.GESTOR;
import static br.licenciamento.platform.seguranca.Papeis.REQUERENTE;

/**
 * People are registered by applicants and staff; erasure (LGPD art. 18 VI) is asked by the person or done by a
 * manager. Which person a caller reaches is {@link AcessoAsPessoas}'.
 */
@Component
class RegrasDeAcessoDasPessoas implements RegrasDeAcessoDoModulo {

    @Override
    public void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras) {
        regras.requestMatchers(HttpMethod.GET, "/api/v1/pessoas", "/api/v1/pessoas/**").hasAnyRole(Papeis.leitores());
        regras.requestMatchers(HttpMethod.POST, "/api/v1/pessoas/*/eliminacao").hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers("/api/v1/pessoas", "/api/v1/pessoas/**").hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
    }
}
