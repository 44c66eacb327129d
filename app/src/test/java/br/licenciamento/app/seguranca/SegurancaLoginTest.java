package br.licenciamento.app.seguranca;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in as people and systems do, and the account rules around it. */
class SegurancaLoginTest extends PlataformaEmbutidaTest {

    @Value("${local.server.port}")
    private int porta;

    @Test
    void loginCompletoComCodigoDeAutorizacaoEPkceDadoPorClienteHttp() {
        LoginOAuth2 navegador = new LoginOAuth2(porta);

        LoginOAuth2.Resposta autorizacao = navegador.pedirAutorizacao("portal-demo");
        assertThat(autorizacao.status()).isEqualTo(302);
        assertThat(autorizacao.location()).endsWith("/login");
        LoginOAuth2.Resposta pagina = navegador.get("/login");
        assertThat(pagina.corpo()).contains("lang=\"pt-BR\"").contains("Entre com seu login e senha");

        LoginOAuth2.Resposta login = navegador.enviarLogin("analista", "demo-analista");
        assertThat(login.location()).contains("/oauth2/authorize");
        String codigo = navegador.codigoDoRedirecionamento(navegador.get(login.location()));
        LoginOAuth2.Tokens tokens = navegador.trocarCodigo("portal-demo", "portal-demo-segredo", codigo);

        assertThat(tokens.idToken()).isNotBlank();
        assertThat(tokens.renovacao()).as("cliente confidencial recebe token de renovacao").isNotBlank();
        assertThat(carga(tokens.acesso())).contains("\"sub\":\"analista\"").contains("\"papeis\":[\"ANALISTA\"]");
        assertThat(comToken(tokens.acesso()).get("/api/v1/processos").status()).isEqualTo(200);
        ClienteHttp.Resposta usuario = comToken(tokens.acesso()).get("/userinfo");
        assertThat(usuario.status()).as(usuario.corpo()).isEqualTo(200);
        assertThat(usuario.json().get("sub").asString()).isEqualTo("analista");

        // The code is single use.
        assertThat(navegador.postar("/oauth2/token", "grant_type=authorization_code&code=" + codigo
                        + "&redirect_uri=" + LoginOAuth2.REDIRECIONAMENTO + "&code_verifier=x",
                LoginOAuth2.basic("portal-demo", "portal-demo-segredo")).status()).isEqualTo(400);

        LoginOAuth2.Tokens renovados = navegador.renovar("portal-demo", "portal-demo-segredo", tokens.renovacao());
        assertThat(renovados.acesso()).isNotEqualTo(tokens.acesso());
        assertThat(comToken(renovados.acesso()).get("/api/v1/processos").status()).isEqualTo(200);
        // Refresh tokens rotate: the old one no longer works.
        assertThat(navegador.postar("/oauth2/token", "grant_type=refresh_token&refresh_token=" + tokens.renovacao(),
                LoginOAuth2.basic("portal-demo", "portal-demo-segredo")).status()).isEqualTo(400);
    }

    @Test
    void pkceComVerificadorErradoERecusado() {
        LoginOAuth2 navegador = new LoginOAuth2(porta);
        navegador.pedirAutorizacao(LoginOAuth2.CLIENTE_WEB);
        String codigo = navegador.codigoDoRedirecionamento(navegador.get(navegador.enviarLogin("fiscal", "demo-fiscal").location()));

        LoginOAuth2.Resposta resposta = navegador.postar("/oauth2/token", "grant_type=authorization_code&client_id="
                + LoginOAuth2.CLIENTE_WEB + "&code=" + codigo + "&redirect_uri=" + LoginOAuth2.REDIRECIONAMENTO
                + "&code_verifier=verificador-de-outro-cliente-com-mais-de-43-caracteres", null);

        assertThat(resposta.status()).isEqualTo(400);
        assertThat(resposta.corpo()).contains("invalid_grant");
    }

    @Test
    void sistemaObtemTokenPorClientCredentialsESoFazOQueLheCabe() {
        LoginOAuth2 cliente = new LoginOAuth2(porta);

        LoginOAuth2.Resposta resposta = cliente.tokenDeSistema("pagamentos-demo", "pagamentos-demo-segredo");
        assertThat(resposta.status()).isEqualTo(200);
        String token = JsonMapper.builder().build().readTree(resposta.corpo()).get("access_token").asString();
        assertThat(carga(token)).contains("\"sub\":\"pagamentos-demo\"").contains("\"papeis\":[\"SISTEMA\"]");
        assertThat(comToken(token).post("/api/v1/processos", "{}").status()).isEqualTo(403);
        assertThat(comToken(token).get("/api/v1/usuarios").status()).isEqualTo(403);

        assertThat(cliente.tokenDeSistema("pagamentos-demo", "segredo-errado").status()).isEqualTo(401);
    }

    @Test
    void contaEBloqueadaAposSenhasErradasEAdministradorDesbloqueia() {
        ClienteHttp.Resposta criado = api("ADMIN").post("/api/v1/usuarios", """
                {"login":"maria.silva","nome":"Maria Silva","email":"maria@example.org",
                 "senha":"uma-senha-longa-e-boa","papeis":["REQUERENTE"]}""");
        assertThat(criado.status()).isEqualTo(201);
        String id = criado.json().get("id").asString();
        assertThat(criado.cabecalho("Location")).contains("/api/v1/usuarios/" + id);

        for (int tentativa = 1; tentativa <= 5; tentativa++) {
            LoginOAuth2 navegador = new LoginOAuth2(porta);
            navegador.pedirAutorizacao(LoginOAuth2.CLIENTE_WEB);
            assertThat(navegador.enviarLogin("maria.silva", "senha-errada-" + tentativa).location()).endsWith("/login?erro");
        }

        LoginOAuth2 navegador = new LoginOAuth2(porta);
        navegador.pedirAutorizacao(LoginOAuth2.CLIENTE_WEB);
        LoginOAuth2.Resposta comSenhaCerta = navegador.enviarLogin("maria.silva", "uma-senha-longa-e-boa");
        assertThat(comSenhaCerta.location()).as("bloqueada mesmo com a senha certa").endsWith("/login?bloqueado");
        assertThat(navegador.get(comSenhaCerta.location()).corpo()).contains("Conta bloqueada temporariamente");
        JsonNode conta = api("ADMIN").get("/api/v1/usuarios/" + id).json();
        assertThat(conta.get("falhasDeLogin").asInt()).isEqualTo(5);
        assertThat(conta.get("bloqueadoAte").isNull()).isFalse();

        assertThat(api("ADMIN").post("/api/v1/usuarios/" + id + "/desbloqueio", "").status()).isEqualTo(204);
        LoginOAuth2.Tokens tokens = LoginOAuth2.entrar(porta, "maria.silva", "uma-senha-longa-e-boa");
        assertThat(carga(tokens.acesso())).contains("\"papeis\":[\"REQUERENTE\"]");
    }

    @Test
    void administracaoDeUsuariosValidaEntradaEExigeAdmin() {
        ClienteHttp.Resposta invalido = api("ADMIN").post("/api/v1/usuarios", """
                {"login":"X","nome":"","senha":"curta","papeis":["REI"]}""");
        assertThat(invalido.status()).isEqualTo(400);
        assertThat(invalido.contentType()).startsWith("application/problem+json");
        assertThat(invalido.json().get("erros").toString()).contains("login").contains("senha").contains("papel deve ser");

        String novo = """
                {"login":"joao.souza","nome":"Joao Souza","senha":"outra-senha-longa","papeis":["ANALISTA"]}""";
        assertThat(api("ADMIN").post("/api/v1/usuarios", novo).status()).isEqualTo(201);
        ClienteHttp.Resposta repetido = api("ADMIN").post("/api/v1/usuarios", novo);
        assertThat(repetido.status()).isEqualTo(409);
        assertThat(repetido.json().get("detail").asString()).contains("joao.souza");

        String id = api("ADMIN").get("/api/v1/usuarios").json().get("itens").valueStream()
                .filter(u -> u.get("login").asString().equals("joao.souza")).findFirst().orElseThrow().get("id").asString();
        ClienteHttp.Resposta alterado = api("ADMIN").enviar("PUT", "/api/v1/usuarios/" + id, "application/json", """
                {"nome":"Joao Souza","papeis":["ANALISTA","FISCAL"],"ativo":false}""".getBytes(StandardCharsets.UTF_8));
        assertThat(alterado.status()).isEqualTo(200);
        assertThat(alterado.json().get("papeis").toString()).contains("FISCAL");

        LoginOAuth2 navegador = new LoginOAuth2(porta);
        navegador.pedirAutorizacao(LoginOAuth2.CLIENTE_WEB);
        assertThat(navegador.enviarLogin("joao.souza", "outra-senha-longa").location()).endsWith("/login?inativo");
        assertThat(api("ADMIN").get("/api/v1/usuarios/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(api("GESTOR").get("/api/v1/usuarios").status()).isEqualTo(403);
    }

    @Test
    void oUnicoAdministradorNaoPodeSerRebaixadoNemDesativado() {
        String id = api("ADMIN").get("/api/v1/usuarios").json().get("itens").valueStream()
                .filter(u -> u.get("login").asString().equals("admin")).findFirst().orElseThrow().get("id").asString();

        ClienteHttp.Resposta rebaixado = api("ADMIN").enviar("PUT", "/api/v1/usuarios/" + id, "application/json", """
                {"nome":"Administrador","papeis":["AUDITOR"],"ativo":true}""".getBytes(StandardCharsets.UTF_8));

        assertThat(rebaixado.status()).isEqualTo(422);
        assertThat(rebaixado.json().get("regra").asString()).isEqualTo("ultimo-administrador");
        assertThat(api("ADMIN").get("/api/v1/usuarios/" + id).json().get("papeis").toString()).contains("ADMIN");
    }

    private ClienteHttp comToken(String token) {
        return api().com("Authorization", "Bearer " + token);
    }

    private static String carga(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}
