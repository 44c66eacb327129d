package br.licenciamento.app.notificacao;

import br.licenciamento.app.LicenciamentoApplication;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.ClienteHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole platform with settings of its own (an SMTP server, short saga intervals), reached over HTTP by users
 * who sign in as they would: the demo user of each role, or accounts the test creates.
 */
final class PlataformaPropria implements AutoCloseable {

    private final ConfigurableApplicationContext contexto;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    PlataformaPropria(Path dados, String... argumentos) {
        List<String> todos = new ArrayList<>(List.of("--server.port=0", "--licenciamento.embutido.diretorio=" + dados));
        todos.addAll(List.of(argumentos));
        contexto = new SpringApplicationBuilder(LicenciamentoApplication.class).run(todos.toArray(String[]::new));
    }

    /** Signed in as the demo user of this role (authorization code + PKCE). */
    ClienteHttp api(String papel) {
        String login = papel.toLowerCase(Locale.ROOT);
        return comToken(tokens.computeIfAbsent(login, l -> LoginOAuth2.entrar(porta(), l, "demo-" + l).acesso()));
    }

    /** A new applicant account, created by the administrator, signed in. */
    ClienteHttp novoRequerente() {
        String login = "req" + UUID.randomUUID().toString().substring(0, 8);
        ClienteHttp.Resposta criado = api("ADMIN").post("/api/v1/usuarios", """
                {"login":"%s","nome":"Outro Requerente","email":"%s@exemplo.com.br","senha":"senha-segura-123","papeis":["REQUERENTE"]}"""
                .formatted(login, login));
        assertThat(criado.status()).as(criado.corpo()).isEqualTo(201);
        return comToken(LoginOAuth2.entrar(porta(), login, "senha-segura-123").acesso());
    }

    <T> T bean(Class<T> tipo) {
        return contexto.getBean(tipo);
    }

    private ClienteHttp comToken(String token) {
        return new ClienteHttp(porta()).com("Authorization", "Bearer " + token);
    }

    private int porta() {
        return contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Override
    public void close() {
        contexto.close();
    }
}
