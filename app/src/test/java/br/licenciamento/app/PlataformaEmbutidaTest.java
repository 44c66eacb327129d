package br.licenciamento.app;

import br.licenciamento.platform.teste.ClienteHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * Base of the integration tests: the whole platform as a user runs it (embedded PostgreSQL and MongoDB-wire
 * server, real HTTP port), in a fresh data directory per test JVM. Subclasses share one Spring context.
 */
@SpringBootTest(classes = LicenciamentoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "licenciamento.embutido.diretorio=target/dados-teste/${random.uuid}")
public abstract class PlataformaEmbutidaTest {

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
        return api();
    }

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
}
