package br.licenciamento.app.pessoa;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.pessoa.lgpd.ImpressaoDeDocumento;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The people registry over HTTP: registration, search, uniqueness under concurrency, representatives. */
class CadastroDePessoasTest extends PlataformaEmbutidaTest {

    static String pessoaFisica(String cpf, String nome, String municipio) {
        return """
                {"tipo":"FISICA","documento":"%s","nome":"%s","email":"Contato@Exemplo.com.br","telefone":"(31) 98765-4321",
                 "endereco":{"logradouro":"Avenida Afonso Pena","numero":"1212","bairro":"Centro","municipioIbge":"%s","cep":"30130-005"}}"""
                .formatted(cpf, nome, municipio);
    }

    private String cadastrar(String corpo) {
        ClienteHttp.Resposta resposta = api("REQUERENTE").post("/api/v1/pessoas", corpo);
        assertThat(resposta.status()).as(resposta.corpo()).isEqualTo(201);
        return resposta.json().get("pessoaId").asString();
    }

    private JsonNode ficha(String pessoaId) {
        return Aguardar.ate("ficha da pessoa no modelo de leitura", Duration.ofSeconds(30),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + pessoaId), r -> r.status() == 200).json();
    }

    @Test
    void pessoaFisicaCadastradaEEncontradaPorDocumentoPorNomeSemAcentoEPorMunicipio() {
        String cpf = DocumentosDeTeste.cpf();
        ClienteHttp.Resposta criada = api("REQUERENTE").post("/api/v1/pessoas", pessoaFisica(cpf, "José Antônio da Conceição", "3170206"));
        assertThat(criada.status()).isEqualTo(201);
        String id = criada.json().get("pessoaId").asString();
        assertThat(criada.cabecalho("Location")).contains("/api/v1/pessoas/" + id);

        JsonNode ficha = ficha(id);
        String digitos = cpf.replaceAll("\\D", "");
        assertThat(ficha.get("documento").asString()).isEqualTo(digitos);
        assertThat(ficha.get("email").asString()).isEqualTo("contato@exemplo.com.br");
        assertThat(ficha.get("telefone").asString()).isEqualTo("31987654321");
        assertThat(ficha.get("endereco").get("cep").asString()).isEqualTo("30130005");
        assertThat(ficha.get("ativa").asBoolean()).isTrue();

        assertThat(api("ANALISTA").get("/api/v1/pessoas?documento=" + cpf).json().get("itens").get(0).get("pessoaId").asString())
                .isEqualTo(id);
        JsonNode porNome = api("ANALISTA").get("/api/v1/pessoas?nome=ANTONIO%20DA%20conceicao&municipio=3170206").json();
        assertThat(porNome.get("total").asLong()).isEqualTo(1);
        assertThat(porNome.get("itens").get(0).get("nome").asString()).isEqualTo("José Antônio da Conceição");
        assertThat(api("ANALISTA").get("/api/v1/pessoas?nome=conceicao&municipio=3106200").json().toString()).doesNotContain(id);
    }

    @Test
    void pesquisaEhPaginada() {
        String marca = "Paginada" + System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(cadastrar(pessoaFisica(DocumentosDeTeste.cpf(), marca + " " + i, "3106200")));
        }
        Aguardar.ate("tres pessoas na pesquisa", Duration.ofSeconds(30),
                () -> api("ANALISTA").get("/api/v1/pessoas?nome=" + marca).json(), p -> p.get("total").asLong() == 3);
        JsonNode segunda = api("ANALISTA").get("/api/v1/pessoas?nome=" + marca + "&pagina=1&tamanho=2").json();
        assertThat(segunda.get("total").asLong()).isEqualTo(3);
        assertThat(segunda.get("itens").size()).isEqualTo(1);
        assertThat(segunda.get("itens").get(0).get("pessoaId").asString()).isEqualTo(ids.get(2));
        assertThat(api("ANALISTA").get("/api/v1/pessoas?tamanho=500").status()).isEqualTo(400);
    }

    @Test
    void cnpjAlfanumericoDoExemploOficialEhAceitoENormalizado() {
        String id = cadastrar("""
                {"tipo":"JURIDICA","documento":"12.abc.345/01de-35","nome":"Mineração Serra Azul S.A.","nomeFantasia":"Serra Azul",
                 "cnaePrincipal":"0710-3/01","representanteLegal":{"cpf":"%s","nome":"Ana Lima"},"email":"ri@serraazul.com.br",
                 "endereco":{"logradouro":"Rodovia MG-030","numero":"km 12","municipioIbge":"3144805","cep":"34000000"}}"""
                .formatted(DocumentosDeTeste.cpf()));
        JsonNode ficha = ficha(id);
        assertThat(ficha.get("documento").asString()).isEqualTo("12ABC34501DE35");
        assertThat(ficha.get("cnaePrincipal").asString()).isEqualTo("0710-3/01");
        assertThat(api("ANALISTA").get("/api/v1/pessoas?nome=serra%20azul").json().toString()).contains(id);
    }

    @Test
    void camposInvalidosVemTodosNumaSoRespostaComONomeDeCadaUm() {
        ClienteHttp.Resposta tresRuins = api("REQUERENTE").post("/api/v1/pessoas",
                pessoaFisica("529.982.247-26", "Fulano", "3106200").replace("Contato@Exemplo.com.br", "fulano@")
                        .replace("30130-005", "3013"));
        assertThat(tresRuins.status()).isEqualTo(400);
        assertThat(tresRuins.contentType()).startsWith("application/problem+json");
        Map<String, String> porCampo = new TreeMap<>();
        tresRuins.json().get("erros").forEach(e -> porCampo.put(e.get("campo").asString(), e.get("mensagem").asString()));
        assertThat(porCampo).containsOnlyKeys("documento", "email", "endereco.cep");
        assertThat(porCampo.get("documento")).contains("CPF");
        assertThat(porCampo.get("email")).contains("e-mail");
        assertThat(porCampo.get("endereco.cep")).contains("CEP");

        ClienteHttp.Resposta repetido = api("REQUERENTE").post("/api/v1/pessoas", pessoaFisica("111.111.111-11", "Fulano", "3106200"));
        assertThat(repetido.status()).isEqualTo(400);
        assertThat(repetido.json().get("erros").get(0).get("campo").asString()).isEqualTo("documento");

        ClienteHttp.Resposta incompleto = api("REQUERENTE").post("/api/v1/pessoas", "{\"tipo\":\"FISICA\",\"documento\":\"\"}");
        assertThat(incompleto.status()).isEqualTo(400);
        assertThat(incompleto.json().get("erros").toString()).contains("documento").contains("nome").contains("endereco");
        assertThat(api("REQUERENTE").post("/api/v1/pessoas", "{\"tipo\":\"ROBO\"}").status()).isEqualTo(400);
        assertThat(api("ANALISTA").get("/api/v1/pessoas/nao-existe").status()).isEqualTo(404);
        assertThat(api("ANALISTA").get("/api/v1/pessoas/nao-existe/dados-pessoais").status()).isEqualTo(404);
        assertThat(api("ANALISTA").post("/api/v1/pessoas/nao-existe/inativacao", "{}").status()).isEqualTo(404);
    }

    @Test
    void cadastrosSimultaneosDoMesmoDocumentoSoUmVenceOsOutrosRecebem409ComOIdExistente() throws Exception {
        String cpf = DocumentosDeTeste.cpf();
        int concorrentes = 8;
        ExecutorService executor = Executors.newFixedThreadPool(concorrentes);
        CountDownLatch largada = new CountDownLatch(1);
        try {
            List<Future<ClienteHttp.Resposta>> futuros = new ArrayList<>();
            for (int i = 0; i < concorrentes; i++) {
                // Punctuated and plain spellings of the same CPF must collide too.
                String grafia = i % 2 == 0 ? cpf : cpf.replaceAll("\\D", "");
                futuros.add(executor.submit(() -> {
                    largada.await();
                    return api("REQUERENTE").post("/api/v1/pessoas", pessoaFisica(grafia, "Concorrente", "3106200"));
                }));
            }
            largada.countDown();
            List<ClienteHttp.Resposta> respostas = new ArrayList<>();
            for (Future<ClienteHttp.Resposta> futuro : futuros) {
                respostas.add(futuro.get());
            }
            List<ClienteHttp.Resposta> criadas = respostas.stream().filter(r -> r.status() == 201).toList();
            List<ClienteHttp.Resposta> conflitos = respostas.stream().filter(r -> r.status() == 409).toList();
            assertThat(criadas).as(respostas.toString()).hasSize(1);
            assertThat(conflitos).as(respostas.toString()).hasSize(concorrentes - 1);
            String vencedor = criadas.get(0).json().get("pessoaId").asString();
            for (ClienteHttp.Resposta conflito : conflitos) {
                assertThat(conflito.contentType()).startsWith("application/problem+json");
                assertThat(conflito.json().get("pessoaExistenteId").asString()).isEqualTo(vencedor);
                assertThat(conflito.json().get("regra").asString()).isEqualTo("documento-unico");
            }
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void procuradorEResponsavelTecnicoAparecemNaFichaEProcuracaoPodeSerRevogada() {
        String outorgante = cadastrar(pessoaFisica(DocumentosDeTeste.cpf(), "Outorgante", "3106200"));
        String procurador = cadastrar(pessoaFisica(DocumentosDeTeste.cpf(), "Procuradora", "3106200"));
        LocalDate hoje = LocalDate.now(DiasLegais.FUSO);
        ClienteHttp.Resposta procuracao = api("REQUERENTE").post("/api/v1/pessoas/" + outorgante + "/procuracoes", """
                {"procuradorId":"%s","alcance":"EMPREENDIMENTO","objetoId":"fazenda-boa-vista","inicio":"%s","fim":"%s"}"""
                .formatted(procurador, hoje, hoje.plusYears(1)));
        assertThat(procuracao.status()).as(procuracao.corpo()).isEqualTo(201);
        String procuracaoId = procuracao.json().get("procuracaoId").asString();

        ClienteHttp.Resposta vencida = api("REQUERENTE").post("/api/v1/pessoas/" + outorgante + "/procuracoes", """
                {"procuradorId":"%s","alcance":"PROCESSO","objetoId":"p-1","inicio":"%s","fim":"%s"}"""
                .formatted(procurador, hoje.minusYears(2), hoje.minusYears(1)));
        assertThat(vencida.status()).isEqualTo(422);
        assertThat(vencida.json().get("regra").asString()).isEqualTo("vigencia-da-procuracao");

        ClienteHttp.Resposta rt = api("REQUERENTE").post("/api/v1/pessoas/" + outorgante + "/responsaveis-tecnicos", """
                {"responsavelId":"%s","registroProfissional":"CREA-MG 123456","numeroArt":"MG2026000123",
                 "alcance":"EMPREENDIMENTO","objetoId":"fazenda-boa-vista"}""".formatted(procurador));
        assertThat(rt.status()).as(rt.corpo()).isEqualTo(201);

        assertThat(api("REQUERENTE").post("/api/v1/pessoas/" + outorgante + "/procuracoes/" + procuracaoId + "/revogacao", "{}")
                .status()).isEqualTo(204);
        JsonNode ficha = Aguardar.ate("procuracao revogada e RT na ficha", Duration.ofSeconds(30),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + outorgante),
                r -> r.status() == 200 && r.corpo().contains("\"revogada\":true") && r.corpo().contains("MG2026000123")).json();
        assertThat(ficha.get("procuracoes").get(0).get("procuradorId").asString()).isEqualTo(procurador);
        assertThat(ficha.get("responsaveisTecnicos").get(0).get("registroProfissional").asString()).isEqualTo("CREA-MG 123456");
    }

    @Test
    void apiDePessoasEstaDocumentadaNoOpenApi() {
        JsonNode caminhos = api().get("/v3/api-docs").json().get("paths");
        assertThat(caminhos.has("/api/v1/pessoas")).isTrue();
        assertThat(caminhos.has("/api/v1/pessoas/{pessoaId}/eliminacao")).isTrue();
        assertThat(caminhos.has("/api/v1/pessoas/{pessoaId}/dados-pessoais")).isTrue();
    }

    @Test
    void contatosAtualizadosAparecemNaFicha() {
        String id = cadastrar(pessoaFisica(DocumentosDeTeste.cpf(), "Mudou de Casa", "3106200"));
        ClienteHttp.Resposta atualizacao = api("REQUERENTE").enviar("PUT", "/api/v1/pessoas/" + id + "/contatos", "application/json", """
                {"email":"novo@exemplo.com.br","endereco":{"logradouro":"Rua Nova","municipioIbge":"3170206","cep":"38400-000"}}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(atualizacao.status()).as(atualizacao.corpo()).isEqualTo(204);
        JsonNode ficha = Aguardar.ate("contatos novos na ficha", Duration.ofSeconds(30),
                () -> api("ANALISTA").get("/api/v1/pessoas/" + id),
                r -> r.status() == 200 && r.corpo().contains("novo@exemplo.com.br")).json();
        assertThat(ficha.get("telefone").isNull()).isTrue();
        assertThat(ficha.get("endereco").get("municipioIbge").asString()).isEqualTo("3170206");
        assertThat(api("ANALISTA").get("/api/v1/pessoas?nome=mudou&municipio=3170206").json().get("total").asLong()).isEqualTo(1);
    }

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private ImpressaoDeDocumento impressao;

    @Test
    void claimDeDocumentoSemPessoaNoHistoricoNaoBloqueiaODocumentoParaSempre() {
        String cpf = DocumentosDeTeste.cpf();
        String hash = impressao.de(cpf.replaceAll("\\D", ""));
        // What a registration leaves when its database commit succeeded but its event append did not.
        jdbc.sql("INSERT INTO pessoa.documento_registrado (documento_hash, pessoa_id, reivindicado_em) VALUES (:h, 'sem-eventos', now() - interval '5 minutes')")
                .param("h", hash).update();
        String id = cadastrar(pessoaFisica(cpf, "Herdeira do Claim", "3106200"));
        assertThat(jdbc.sql("SELECT pessoa_id FROM pessoa.documento_registrado WHERE documento_hash = :h").param("h", hash)
                .query(String.class).single()).isEqualTo(id);

        // A recent claim may still be a registration in flight: it is respected.
        String outroCpf = DocumentosDeTeste.cpf();
        jdbc.sql("INSERT INTO pessoa.documento_registrado (documento_hash, pessoa_id) VALUES (:h, 'em-andamento')")
                .param("h", impressao.de(outroCpf.replaceAll("\\D", ""))).update();
        // (Asked by the agency: an applicant would learn only that the document is taken, not by whom.)
        ClienteHttp.Resposta recusado = api("GESTOR").post("/api/v1/pessoas", pessoaFisica(outroCpf, "Apressado", "3106200"));
        assertThat(recusado.status()).isEqualTo(409);
        assertThat(recusado.json().get("pessoaExistenteId").asString()).isEqualTo("em-andamento");
    }
}
