package br.licenciamento.app.seguranca;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.app.pessoa.DocumentosDeTeste;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ownership model around a power of attorney, through the REST API: a person's own applicant grants and revokes
 * it; the attorney reaches exactly what it covers (one process, or the processes of one enterprise) while it is in
 * force, and sees the grantor's card but may not change it, export it or grant in the grantor's name; agency staff
 * record a grant only on a signed document; a taken CPF tells a stranger only that it is taken.
 */
class ProcuracaoTest extends PlataformaEmbutidaTest {

    private ClienteHttp outorgante;
    private ClienteHttp procurador;
    private String pessoaOutorgante;
    private String pessoaProcuradora;

    @BeforeEach
    void duasContasDeRequerente() {
        outorgante = api("REQUERENTE");
        procurador = api().com("Authorization", "Bearer " + tokenDeNovoUsuario("REQUERENTE"));
        pessoaOutorgante = requerenteAtivo(outorgante);
        pessoaProcuradora = requerenteAtivo(procurador);
    }

    @Test
    void procuracaoParaUmProcessoAbreSoEsseProcessoEnquantoNaoRevogada() {
        String coberto = protocolar(outorgante, pessoaOutorgante, null).get("processoId").asString();
        String outro = protocolar(outorgante, pessoaOutorgante, null).get("processoId").asString();
        projetado(coberto);
        projetado(outro);
        assertThat(procurador.get("/api/v1/processos/" + coberto).status()).isEqualTo(404);

        String procuracaoId = outorgar("PROCESSO", coberto).json().get("procuracaoId").asString();

        assertThat(procurador.get("/api/v1/processos/" + coberto).status()).isEqualTo(200);
        assertThat(procurador.get("/api/v1/processos/" + coberto + "/historico").status()).isEqualTo(200);
        assertThat(procurador.get("/api/v1/processos?tamanho=200").corpo()).contains(coberto).doesNotContain(outro);
        assertThat(procurador.get("/api/v1/processos/" + outro).status()).isEqualTo(404);
        assertThat(anexar(procurador, coberto).status()).isEqualTo(201);
        assertThat(anexar(procurador, outro).status()).isEqualTo(404);

        // The grantor's card, reduced: identification and the grants the attorney received, not contacts or address.
        JsonNode ficha = procurador.get("/api/v1/pessoas/" + pessoaOutorgante).json();
        assertThat(ficha.get("nome").asString()).isEqualTo("Requerente de Teste");
        assertThat(ficha.get("email").isNull()).isTrue();
        assertThat(ficha.get("endereco").isNull()).isTrue();
        assertThat(ficha.get("procuracoes")).hasSize(1);
        // Nothing else of the grantor's, and no grant in the grantor's name: those are the grantor's own acts.
        ClienteHttp.Resposta contatos = procurador.enviar("PUT", "/api/v1/pessoas/" + pessoaOutorgante + "/contatos",
                "application/json", """
                        {"email":"procurador@exemplo.com.br","endereco":{"logradouro":"Rua X","municipioIbge":"3106200","cep":"30160-011"}}"""
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(contatos.status()).isEqualTo(403);
        assertThat(contatos.json().get("regra").asString()).isEqualTo("procuracao-nao-abrange-o-cadastro");
        assertThat(procurador.get("/api/v1/pessoas/" + pessoaOutorgante + "/dados-pessoais").status()).isEqualTo(403);
        assertThat(procurador.post("/api/v1/pessoas/" + pessoaOutorgante + "/procuracoes", procuracao("PROCESSO", outro))
                .status()).isEqualTo(403);
        assertThat(procurador.post("/api/v1/pessoas/" + pessoaOutorgante + "/procuracoes/" + procuracaoId + "/revogacao", "{}")
                .status()).isEqualTo(403);
        assertThat(outorgante.get("/api/v1/pessoas/" + pessoaOutorgante).json().get("email").asString())
                .isEqualTo("requerente@exemplo.com.br");

        assertThat(outorgante.post("/api/v1/pessoas/" + pessoaOutorgante + "/procuracoes/" + procuracaoId + "/revogacao", "{}")
                .status()).isEqualTo(204);
        assertThat(procurador.get("/api/v1/processos/" + coberto).status()).isEqualTo(404);
        assertThat(procurador.get("/api/v1/pessoas/" + pessoaOutorgante).status()).isEqualTo(404);
        assertThat(anexar(procurador, coberto).status()).isEqualTo(404);
    }

    @Test
    void procuracaoParaUmEmpreendimentoAbreSeusProcessosEPermiteProtocolarNele() {
        JsonNode primeiro = protocolar(outorgante, pessoaOutorgante, null);
        String empreendimento = primeiro.get("empreendimentoId").asString();
        String processo = primeiro.get("processoId").asString();
        String deOutroEmpreendimento = protocolar(outorgante, pessoaOutorgante, null).get("processoId").asString();
        projetado(processo);
        projetado(deOutroEmpreendimento);

        outorgar("EMPREENDIMENTO", empreendimento);

        assertThat(procurador.get("/api/v1/processos/" + processo).status()).isEqualTo(200);
        assertThat(procurador.get("/api/v1/processos/" + deOutroEmpreendimento).status()).isEqualTo(404);
        ClienteHttp.Resposta noEmpreendimento = procurador.post("/api/v1/processos", pedido(pessoaOutorgante, empreendimento));
        assertThat(noEmpreendimento.status()).as(noEmpreendimento.corpo()).isEqualTo(201);
        ClienteHttp.Resposta foraDele = procurador.post("/api/v1/processos", pedido(pessoaOutorgante, null));
        assertThat(foraDele.status()).isEqualTo(422);
        assertThat(foraDele.json().get("regra").asString()).isEqualTo("requerente-representado");
        String novo = noEmpreendimento.json().get("processoId").asString();
        Aguardar.ate("o processo novo visivel ao procurador", Duration.ofSeconds(30),
                () -> procurador.get("/api/v1/processos/" + novo), r -> r.status() == 200);
    }

    @Test
    void equipeDoOrgaoSoOutorgaEmNomeDaPessoaComDocumentoAssinado() {
        String processo = protocolar(outorgante, pessoaOutorgante, null).get("processoId").asString();

        ClienteHttp.Resposta semInstrumento = api("GESTOR").post("/api/v1/pessoas/" + pessoaOutorgante + "/procuracoes",
                procuracao("PROCESSO", processo));
        assertThat(semInstrumento.status()).isEqualTo(422);
        assertThat(semInstrumento.json().get("regra").asString()).isEqualTo("instrumento-assinado");

        ClienteHttp.Resposta comInstrumento = api("GESTOR").post("/api/v1/pessoas/" + pessoaOutorgante + "/procuracoes", """
                {"procuradorId":"%s","alcance":"PROCESSO","objetoId":"%s","inicio":"%s","fim":"%s",
                 "instrumento":"Procuração pública, livro 12, folha 34"}""".formatted(pessoaProcuradora, processo, hoje(), hoje().plusDays(30)));
        assertThat(comInstrumento.status()).as(comInstrumento.corpo()).isEqualTo(201);
        assertThat(api("GESTOR").get("/api/v1/pessoas/" + pessoaOutorgante + "/dados-pessoais").corpo())
                .contains("Procuração pública, livro 12, folha 34");
        projetado(processo);
        assertThat(procurador.get("/api/v1/processos/" + processo).status()).isEqualTo(200);
    }

    @Test
    void cpfJaCadastradoSoRevelaATitularAQuemJaARepresenta() {
        String cpf = DocumentosDeTeste.cpf();
        String cadastro = """
                {"tipo":"FISICA","documento":"%s","nome":"Titular do CPF","email":"titular@exemplo.com.br",
                 "endereco":{"logradouro":"Rua da Bahia","numero":"1000","municipioIbge":"3106200","cep":"30160-011"}}""".formatted(cpf);
        String titular = outorgante.post("/api/v1/pessoas", cadastro).json().get("pessoaId").asString();

        ClienteHttp.Resposta doEstranho = procurador.post("/api/v1/pessoas", cadastro);
        assertThat(doEstranho.status()).isEqualTo(409);
        assertThat(doEstranho.json().has("pessoaExistenteId")).isFalse();
        assertThat(doEstranho.corpo()).doesNotContain(titular);
        assertThat(outorgante.post("/api/v1/pessoas", cadastro).json().get("pessoaExistenteId").asString()).isEqualTo(titular);
        assertThat(api("GESTOR").post("/api/v1/pessoas", cadastro).json().get("pessoaExistenteId").asString()).isEqualTo(titular);

        Aguardar.ate("pessoa no cadastro de consulta", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/pessoas?documento=" + cpf), r -> r.json().get("total").asLong() == 1);
        assertThat(procurador.get("/api/v1/pessoas?documento=" + cpf).json().get("total").asLong()).isZero();
        assertThat(outorgante.get("/api/v1/pessoas?documento=" + cpf).json().get("total").asLong()).isEqualTo(1);
    }

    private ClienteHttp.Resposta outorgar(String alcance, String objetoId) {
        ClienteHttp.Resposta resposta = outorgante.post("/api/v1/pessoas/" + pessoaOutorgante + "/procuracoes",
                procuracao(alcance, objetoId));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta;
    }

    private String procuracao(String alcance, String objetoId) {
        return """
                {"procuradorId":"%s","alcance":"%s","objetoId":"%s","inicio":"%s","fim":"%s"}"""
                .formatted(pessoaProcuradora, alcance, objetoId, hoje(), hoje().plusDays(30));
    }

    private static JsonNode protocolar(ClienteHttp quem, String requerenteId, String empreendimentoId) {
        ClienteHttp.Resposta resposta = quem.post("/api/v1/processos", pedido(requerenteId, empreendimentoId));
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json();
    }

    private static String pedido(String requerenteId, String empreendimentoId) {
        return """
                {"requerenteId":"%s","empreendimentoId":%s,"empreendimento":"Pedreira Alto da Serra","cnae":"0810-0/01",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(requerenteId,
                empreendimentoId == null ? "null" : "\"" + empreendimentoId + "\"");
    }

    /** The search model knows the process (an enterprise's power of attorney is resolved through it). */
    private void projetado(String processoId) {
        Aguardar.ate("processo na pesquisa", Duration.ofSeconds(30),
                () -> api("GESTOR").get("/api/v1/processos?tamanho=1&numero=" + numero(processoId)),
                r -> r.status() == 200 && r.corpo().contains(processoId));
    }

    private String numero(String processoId) {
        return Aguardar.ate("dossie projetado", Duration.ofSeconds(30), () -> api("GESTOR").get("/api/v1/processos/" + processoId),
                r -> r.status() == 200).json().get("numero").asString();
    }

    private ClienteHttp.Resposta anexar(ClienteHttp quem, String processoId) {
        String fronteira = "fronteira" + System.nanoTime();
        String corpo = "--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"procuracao.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\nprocuracao\n%%EOF\r\n--" + fronteira + "--\r\n";
        return quem.enviar("POST", "/api/v1/processos/" + processoId + "/documentos", "multipart/form-data; boundary=" + fronteira,
                corpo.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static LocalDate hoje() {
        return LocalDate.now(ZoneId.of("America/Sao_Paulo"));
    }
}
