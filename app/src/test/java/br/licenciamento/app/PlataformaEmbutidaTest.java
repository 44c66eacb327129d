package br.licenciamento.app;

import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * Base of the integration tests: the whole platform as a user runs it (embedded PostgreSQL and MongoDB-wire
 * server, real HTTP port), in a fresh data directory per test JVM. Subclasses share one Spring context.
 */
@SpringBootTest(classes = LicenciamentoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "licenciamento.embutido.diretorio=target/dados-teste/${random.uuid}")
@ExtendWith(PlataformaEmbutidaTest.EstadoDosProcessadoresNaFalha.class)
public abstract class PlataformaEmbutidaTest {

    /** A failed test prints the event processors' state: most failures here are a projection that did not catch up. */
    static class EstadoDosProcessadoresNaFalha implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext contexto, Throwable causa) {
            contexto.getTestInstance().filter(PlataformaEmbutidaTest.class::isInstance).ifPresent(teste -> {
                try {
                    System.err.println("Processadores quando " + contexto.getDisplayName() + " falhou: "
                            + ((PlataformaEmbutidaTest) teste).api("ADMIN").get("/api/v1/ops/processadores").corpo());
                } catch (RuntimeException e) {
                    System.err.println("Estado dos processadores indisponivel: " + e);
                }
            });
        }
    }

    @Autowired
    private Environment ambiente;

    /** An anonymous client: public endpoints and the answers a caller without a token gets. */
    protected ClienteHttp api() {
        return new ClienteHttp(ambiente.getRequiredProperty("local.server.port", Integer.class));
    }

    /**
     * A client acting as a user with this role (REQUERENTE, ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN). Tests
     * call it wherever a real user would be signed in, so they keep passing once every endpoint needs a token.
     */
    protected ClienteHttp api(String papel) {
        return api().com("Authorization", "Bearer " + token(papel));
    }

    /** The access token of the demo user with this role: one sign-in per role and server, reused until near expiry. */
    protected String token(String papel) {
        int porta = ambiente.getRequiredProperty("local.server.port", Integer.class);
        // Authorization code + PKCE with the demo user, as a browser signs in.
        br.licenciamento.app.seguranca.LoginOAuth2.Tokens tokens = TOKENS.compute(porta + "/" + papel, (chave, atual) ->
                atual != null && atual.expiraEm().isAfter(java.time.Instant.now().plusSeconds(60)) ? atual
                        : br.licenciamento.app.seguranca.LoginOAuth2.entrar(porta, papel.toLowerCase(java.util.Locale.ROOT),
                        "demo-" + papel.toLowerCase(java.util.Locale.ROOT)));
        return tokens.acesso();
    }

    /** A new user with this role, created by ADMIN through the API and signed in: answers their access token. */
    protected String tokenDeNovoUsuario(String papel) {
        String login = papel.toLowerCase(java.util.Locale.ROOT) + java.util.UUID.randomUUID().toString().substring(0, 8);
        ClienteHttp.Resposta criado = api("ADMIN").post("/api/v1/usuarios", """
                {"login":"%s","nome":"Usuario de Teste","email":"%s@exemplo.com.br","senha":"senha-segura-123","papeis":["%s"]}"""
                .formatted(login, login, papel));
        if (criado.status() != 201) {
            throw new IllegalStateException("Usuario nao criado: " + criado.status() + " " + criado.corpo());
        }
        return br.licenciamento.app.seguranca.LoginOAuth2.entrar(ambiente.getRequiredProperty("local.server.port", Integer.class),
                login, "senha-segura-123").acesso();
    }

    private static final java.util.Map<String, br.licenciamento.app.seguranca.LoginOAuth2.Tokens> TOKENS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Id of a registered, active person who can file licensing requests. */
    protected String requerenteAtivo() {
        return requerenteAtivo(api("REQUERENTE"));
    }

    /** Registers a new active natural person through the API, as an applicant does, and returns its id. */
    public static String requerenteAtivo(ClienteHttp api) {
        String cpf = br.licenciamento.app.pessoa.DocumentosDeTeste.cpf();
        ClienteHttp.Resposta cadastro = api.post("/api/v1/pessoas", """
                {"tipo":"FISICA","documento":"%s","nome":"Requerente de Teste","email":"requerente@exemplo.com.br",
                 "endereco":{"logradouro":"Rua da Bahia","numero":"1000","municipioIbge":"3106200","cep":"30160-011"}}"""
                .formatted(cpf));
        if (cadastro.status() != 201) {
            throw new IllegalStateException("Cadastro do requerente recusado: " + cadastro.status() + " " + cadastro.corpo());
        }
        return cadastro.json().get("pessoaId").asString();
    }

    /** The id of the fee slip the platform issued by itself on classification, read from the audit trail. */
    public static String guiaEmitidaPelaPlataforma(ClienteHttp auditor, String processoId) {
        ClienteHttp.Resposta historico = Aguardar.ate("guia emitida na classificacao",
                Duration.ofSeconds(30),
                () -> auditor.get("/api/v1/processos/" + processoId + "/historico?tamanho=500"),
                r -> r.status() == 200 && r.corpo().contains("\"GuiaDeTaxaEmitida\""));
        for (JsonNode registro : historico.json().get("registros")) {
            if (registro.get("evento").asString().equals("GuiaDeTaxaEmitida")) {
                return registro.get("dados").get("guiaId").asString();
            }
        }
        throw new IllegalStateException("Sem guia no historico de " + processoId);
    }
}
