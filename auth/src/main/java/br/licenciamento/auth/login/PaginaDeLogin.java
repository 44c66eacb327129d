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

/**
 * The sign-in page people see during the authorization-code flow, in Portuguese. The form posts to Spring
 * Security's {@code /login}; after it the browser goes back to the authorization request it came from.
 */
@Controller
@Tag(name = "Login", description = "Página de login do servidor de autorização (código de autorização com PKCE)")
class PaginaDeLogin {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    // The CSRF token is the form's, put in by Spring Security: not a parameter a client sends.
    String pagina(@Parameter(hidden = true) CsrfToken csrf,
                  @RequestParam(required = false) String erro,
                  @RequestParam(required = false) String bloqueado,
                  @RequestParam(required = false) String inativo,
                  @RequestParam(required = false) String saiu) {
        String aviso = "";
        if (bloqueado != null) {
            aviso = "Conta bloqueada temporariamente por excesso de tentativas com senha errada. "
                    + "Aguarde alguns minutos ou peca o desbloqueio ao administrador.";
        } else if (inativo != null) {
            aviso = "Esta conta esta desativada. Procure o administrador do sistema.";
        } else if (erro != null) {
            aviso = "Login ou senha incorretos. Depois de varias tentativas erradas a conta e bloqueada por alguns minutos.";
        } else if (saiu != null) {
            aviso = "Voce saiu do sistema.";
        }
        return """
                <!DOCTYPE html>
                <html lang="pt-BR">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>Entrar - Licenciamento ambiental</title>
                  <style>
                    body { font-family: system-ui, sans-serif; background: #eef3ee; display: flex; justify-content: center; padding-top: 8vh; }
                    main { background: #fff; padding: 2rem 2.5rem; border-radius: 8px; box-shadow: 0 2px 8px #0002; width: 22rem; }
                    h1 { font-size: 1.3rem; margin-top: 0; color: #1f5f2f; }
                    label { display: block; margin-top: 1rem; }
                    input { width: 100%%; padding: .5rem; box-sizing: border-box; }
                    button { margin-top: 1.5rem; width: 100%%; padding: .6rem; background: #1f5f2f; color: #fff; border: 0; border-radius: 4px; }
                    .aviso { background: #fdecea; color: #7a1c12; padding: .6rem; border-radius: 4px; }
                  </style>
                </head>
                <body>
                <main>
                  <h1>Licenciamento ambiental</h1>
                  <p>Entre com seu login e senha.</p>
                  %s
                  <form method="post" action="/login">
                    <label for="username">Login</label>
                    <input id="username" name="username" autocomplete="username" required autofocus>
                    <label for="password">Senha</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required>
                    <input type="hidden" name="%s" value="%s">
                    <button type="submit">Entrar</button>
                  </form>
                </main>
                </body>
                </html>
                """.formatted(aviso.isEmpty() ? "" : "<p class=\"aviso\" role=\"alert\">" + HtmlUtils.htmlEscape(aviso) + "</p>",
                HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
