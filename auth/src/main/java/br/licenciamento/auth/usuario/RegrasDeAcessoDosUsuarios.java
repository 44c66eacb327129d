package br.licenciamento.auth.usuario;

import br.licenciamento.platform.seguranca.RegrasDeAcessoDoModulo;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static br.licenciamento.platform.seguranca.Papeis.ADMIN;

/** User accounts are administered by ADMIN alone; signing in is the authorization server's own chain. */
@Component
class RegrasDeAcessoDosUsuarios implements RegrasDeAcessoDoModulo {

    @Override
    public void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras) {
        regras.requestMatchers("/api/v1/usuarios", "/api/v1/usuarios/**").hasRole(ADMIN);
    }
}
