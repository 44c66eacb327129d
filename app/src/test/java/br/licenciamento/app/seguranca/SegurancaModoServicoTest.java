package br.licenciamento.app.seguranca;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service mode: a runnable without the auth module (as every service but auth) validates tokens issued by the
 * auth server through its published JWKS and issuer, with the same route table, and knows the acting user.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegurancaModoServicoTest extends PlataformaEmbutidaTest {

    @Autowired
    private Environment ambienteDoAuth;

    private ConfigurableApplicationContext servico;
    private int portaDoServico;

    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = {
            // Present on this test classpath only because app/ holds auth; a real service doesn't have them.
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
    @Import(ServicoDeTeste.Eco.class)
    static class ServicoDeTeste {

        @RestController
        static class Eco {
            private final UsuarioAtual usuarioAtual;

            Eco(UsuarioAtual usuarioAtual) {
                this.usuarioAtual = usuarioAtual;
            }

            @GetMapping("/api/v1/eco")
            Map<String, Object> eco() {
                return Map.of("usuario", usuarioAtual.sujeito(), "papeis", usuarioAtual.papeis());
            }
        }
    }

    @BeforeAll
    void iniciarServico() {
        int portaDoAuth = ambienteDoAuth.getRequiredProperty("local.server.port", Integer.class);
        // Command-line arguments: they outrank the platform defaults, as a service's own configuration does.
        servico = new SpringApplicationBuilder(ServicoDeTeste.class).run(
                // No application.properties of app/: this runnable has no embedded infrastructure.
                "--spring.config.name=servico-de-teste",
                "--server.port=0",
                "--spring.datasource.url=" + ambienteDoAuth.getRequiredProperty("spring.datasource.url"),
                "--spring.datasource.username=" + ambienteDoAuth.getRequiredProperty("spring.datasource.username"),
                "--spring.datasource.password=" + ambienteDoAuth.getRequiredProperty("spring.datasource.password"),
                "--spring.mongodb.uri=" + ambienteDoAuth.getRequiredProperty("spring.mongodb.uri"),
                "--licenciamento.seguranca.emissor=" + ambienteDoAuth.getRequiredProperty("licenciamento.seguranca.emissor"),
                "--licenciamento.seguranca.jwks-uri=http://localhost:" + portaDoAuth + "/oauth2/jwks",
                "--licenciamento.seguranca.cors.origens=https://portal.example.gov.br");
        portaDoServico = servico.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @AfterAll
    void pararServico() {
        if (servico != null) {
            servico.close();
        }
    }

    @Test
    void corsSoParaAsOrigensConfiguradas() {
        ClienteHttp.Resposta permitida = new ClienteHttp(portaDoServico)
                .com("Origin", "https://portal.example.gov.br").com("Access-Control-Request-Method", "POST")
                .com("Access-Control-Request-Headers", "authorization,content-type")
                .enviar("OPTIONS", "/api/v1/eco", null, new byte[0]);
        assertThat(permitida.status()).isEqualTo(200);
        assertThat(permitida.cabecalho("Access-Control-Allow-Origin")).contains("https://portal.example.gov.br");

        ClienteHttp.Resposta outra = new ClienteHttp(portaDoServico)
                .com("Origin", "https://intruso.example").com("Access-Control-Request-Method", "POST")
                .enviar("OPTIONS", "/api/v1/eco", null, new byte[0]);
        assertThat(outra.status()).isEqualTo(403);
        assertThat(outra.cabecalho("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void servicoValidaTokenDoServidorDeAutorizacaoPeloJwks() {
        String token = LoginOAuth2.entrar(ambienteDoAuth.getRequiredProperty("local.server.port", Integer.class),
                "fiscal", "demo-fiscal").acesso();

        ClienteHttp.Resposta comToken = new ClienteHttp(portaDoServico).com("Authorization", "Bearer " + token).get("/api/v1/eco");
        assertThat(comToken.status()).isEqualTo(200);
        assertThat(comToken.json().get("usuario").asString()).isEqualTo("fiscal");
        assertThat(comToken.json().get("papeis").toString()).contains("FISCAL");

        ClienteHttp.Resposta semToken = new ClienteHttp(portaDoServico).get("/api/v1/eco");
        assertThat(semToken.status()).isEqualTo(401);
        assertThat(semToken.contentType()).startsWith("application/problem+json");
        assertThat(new ClienteHttp(portaDoServico).com("Authorization", "Bearer " + token)
                .get("/api/v1/ops/processadores").status()).as("a tabela de rotas da plataforma vale no serviço").isEqualTo(403);
        int meioDaAssinatura = token.lastIndexOf('.') + 20;
        char trocado = token.charAt(meioDaAssinatura) == 'A' ? 'B' : 'A';
        String adulterado = token.substring(0, meioDaAssinatura) + trocado + token.substring(meioDaAssinatura + 1);
        assertThat(new ClienteHttp(portaDoServico).com("Authorization", "Bearer " + adulterado)
                .get("/api/v1/eco").status()).isEqualTo(401);
    }
}
