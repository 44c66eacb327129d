package br.licenciamento.app.consulta;

import br.licenciamento.app.pessoa.DocumentosDeTeste;
import br.licenciamento.app.processo.FluxoDeLicenciamento;
import br.licenciamento.app.seguranca.LoginOAuth2;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The licensing flow of {@link FluxoDeLicenciamento}, in a municipality of its own per test (codes starting with 9
 * are not IBGE codes, so no other test files there): searches, statistics and listings filtered by it see exactly
 * the history the test wrote, whatever else the shared platform holds.
 */
abstract class Consultas extends FluxoDeLicenciamento {

    @Autowired
    private Environment ambiente;

    protected final String municipio = "9" + ThreadLocalRandom.current().nextInt(100_000, 999_999);

    /** A natural person registered by the demo applicant, with a CPF the test knows. */
    protected record Pessoa(String pessoaId, String documento) {
    }

    protected Pessoa pessoaFisica(ClienteHttp requerente, String nome) {
        String cpf = DocumentosDeTeste.cpf();
        return new Pessoa(cadastrar(requerente, """
                {"tipo":"FISICA","documento":"%s","nome":"%s","email":"pf@exemplo.com.br",
                 "endereco":{"logradouro":"Rua da Bahia","numero":"1000","municipioIbge":"3106200","cep":"30160-011"}}"""
                .formatted(cpf, nome)), cpf);
    }

    protected Pessoa pessoaJuridica(ClienteHttp requerente, String razaoSocial, String representante, String cpfDoRepresentante) {
        String cnpj = DocumentosDeTeste.cnpjAlfanumerico();
        return new Pessoa(cadastrar(requerente, """
                {"tipo":"JURIDICA","documento":"%s","nome":"%s","nomeFantasia":"Serra Azul","cnaePrincipal":"0710-3/01",
                 "representanteLegal":{"cpf":"%s","nome":"%s"},"email":"ri@exemplo.com.br",
                 "endereco":{"logradouro":"Rodovia MG-030","numero":"km 12","municipioIbge":"3144805","cep":"34000000"}}"""
                .formatted(cnpj, razaoSocial, cpfDoRepresentante, representante)), cnpj);
    }

    private static String cadastrar(ClienteHttp requerente, String corpo) {
        ClienteHttp.Resposta resposta = requerente.post("/api/v1/pessoas", corpo);
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("pessoaId").asString();
    }

    /** Files a request in this test's municipality, as the given applicant; answers the process id. */
    protected String protocolarAqui(ClienteHttp requerente, String requerenteId, String tipo, String empreendimento) {
        ClienteHttp.Resposta resposta = requerente.post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"%s","cnae":"2342-7/02","municipioIbge":"%s","tipoLicenca":"%s"}"""
                .formatted(requerenteId, empreendimento, municipio, tipo));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("processoId").asString();
    }

    protected String protocolarAqui(String requerenteId, String tipo) {
        return protocolarAqui(api("REQUERENTE"), requerenteId, tipo, "Empreendimento de teste");
    }

    /** LAC: classification, the platform's fee slip paid, self-declaration; answers the licence id. */
    protected String lacPorAdesao(String processoId) {
        passo("GESTOR", processoId, "enquadramento", "{\"porte\":\"P\",\"potencial\":\"P\"}");
        passo("GESTOR", processoId, "guias/" + guiaEmitidaPelaPlataforma(processoId) + "/pagamento", "{}");
        return passo("REQUERENTE", processoId, "adesao", "{\"declaracao\":\"Declaro atender aos requisitos da LAC\"}")
                .get("licencaId").asString();
    }

    protected void indeferir(String processoId) {
        passo("GESTOR", processoId, "decisao", "{\"deferido\":false,\"fundamentos\":\"Estudo insuficiente\"}");
    }

    /** An applicant user of its own, who represents only the persons they register. */
    protected ClienteHttp outroRequerente() {
        String login = "req" + UUID.randomUUID().toString().substring(0, 8);
        ClienteHttp.Resposta criado = api("ADMIN").post("/api/v1/usuarios", """
                {"login":"%s","nome":"Outro Requerente","email":"%s@exemplo.com.br","senha":"senha-segura-123","papeis":["REQUERENTE"]}"""
                .formatted(login, login));
        assertThat(criado.status()).as(criado.corpo()).isEqualTo(201);
        int porta = ambiente.getRequiredProperty("local.server.port", Integer.class);
        return api().com("Authorization", "Bearer " + LoginOAuth2.entrar(porta, login, "senha-segura-123").acesso());
    }

    protected LocalDate hoje() {
        return LocalDate.ofInstant(relogio.instant(), ZoneId.of("America/Sao_Paulo"));
    }

    /** A GET answered 200 whose body satisfies the condition within 30 s (projections are eventually consistent). */
    protected JsonNode quando(ClienteHttp cliente, String caminho, Predicate<JsonNode> pronto) {
        return Aguardar.ate(caminho, Duration.ofSeconds(30), () -> cliente.get(caminho),
                r -> r.status() == 200 && pronto.test(r.json())).json();
    }

    protected static void problemaDeValidacao(ClienteHttp.Resposta resposta, String campo) {
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(400);
        assertThat(resposta.contentType()).startsWith("application/problem+json");
        assertThat(resposta.json().get("title").asString()).isEqualTo("Requisição inválida");
        assertThat(resposta.json().get("detail").asString()).isNotBlank();
        assertThat(resposta.corpo()).contains(campo);
    }
}
