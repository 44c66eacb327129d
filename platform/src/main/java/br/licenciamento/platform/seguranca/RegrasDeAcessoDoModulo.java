package br.licenciamento.platform.seguranca;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The endpoint x role rules of one module's routes, declared beside its controllers (a bean of the module). The
 * platform applies every module's rules after the public routes and before its defaults ({@link RegrasDeAcesso}).
 * A module names only routes it serves, and never in a way that would also catch another module's routes (a module
 * that only writes under a prefix another module reads says so with {@link #escritas}), so the order among modules
 * does not matter: inside one module, the first rule that matches wins.
 */
public interface RegrasDeAcessoDoModulo {

    void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras);

    /** Every request to the pattern except reads (GET). */
    static RequestMatcher escritas(String padrao) {
        RequestMatcher caminho = PathPatternRequestMatcher.withDefaults().matcher(padrao);
        return pedido -> !HttpMethod.GET.matches(pedido.getMethod()) && caminho.matches(pedido);
    }

    /** Exactly these sub-resources under a prefix that ends in a slash (a process's "vistorias", say). */
    static String[] caminhos(String prefixo, String... nomes) {
        String[] padroes = new String[nomes.length];
        for (int i = 0; i < nomes.length; i++) {
            padroes[i] = prefixo + nomes[i];
        }
        return padroes;
    }
}
