package br.licenciamento.notificacao.entrega;

import br.licenciamento.platform.seguranca.RegrasDeAcessoDoModulo;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every signed-in user has an inbox; which notifications it shows is the inbox's own query. */
@Component
class RegrasDeAcessoDasNotificacoes implements RegrasDeAcessoDoModulo {

    @Override
    public void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras) {
        regras.requestMatchers("/api/v1/notificacoes", "/api/v1/notificacoes/**").authenticated();
    }
}
