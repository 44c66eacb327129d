package br.licenciamento.auth.login;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static br.licenciamento.auth.Textos.MENSAGENS;

/**
 * The sign-in page people see during the authorization-code flow, in Portuguese: the page is
 * {@code pagina-de-login.html} beside this class, the notice above the form comes from the module's texts. The form
 * posts to Spring Security's {@code /login}; after it the browser goes back to the authorization request it came from.
 */
@Controller
@Tag(name = "Login", description = "Página de login do servidor de autorização (código de autorização com PKCE)")
class PaginaDeLogin {

    private static final String MODELO = ler("pagina-de-login.html");

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    // The CSRF token is the form's, put in by Spring Security: not a parameter a client sends.
    String pagina(@Parameter(hidden = true) CsrfToken csrf,
                  @RequestParam(required = false) String erro,
                  @RequestParam(required = false) String bloqueado,
                  @RequestParam(required = false) String inativo,
                  @RequestParam(required = false) String saiu) {
        String aviso = bloqueado != null ? "bloqueado" : inativo != null ? "inativo" : erro != null ? "erro"
                : saiu != null ? "saiu" : null;
        return MODELO
                .replace("{{aviso}}", aviso == null ? ""
                        : "<p class=\"aviso\" role=\"alert\">" + HtmlUtils.htmlEscape(MENSAGENS.texto("login.aviso." + aviso)) + "</p>")
                .replace("{{csrf-nome}}", HtmlUtils.htmlEscape(csrf.getParameterName()))
                .replace("{{csrf-valor}}", HtmlUtils.htmlEscape(csrf.getToken()));
    }

    private static String ler(String nome) {
        try (InputStream entrada = PaginaDeLogin.class.getResourceAsStream(nome)) {
            if (entrada == null) {
                throw new IllegalStateException("Página ausente: " + nome);
            }
            return new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
