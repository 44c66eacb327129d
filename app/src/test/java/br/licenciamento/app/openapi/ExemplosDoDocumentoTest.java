package br.licenciamento.app.openapi;

import br.licenciamento.app.processo.EtapasPelaApi;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every request body of the published document, sent as the document shows it, is accepted: a client that copies an
 * example from Swagger UI gets a 2xx. Only the ids the example cannot know are replaced, by real ones created here:
 * the path's variables and the body's reference fields (names ending in Id or Ids). The examples tell one story (a
 * legal entity files an LP, it is classified, analysed, complemented, granted; its licence is renewed, suspended,
 * cancelled), and each is sent in the state that story reaches. Own platform with the homologation clock, so the
 * clock's own operation is exercised too; Axon's clock is one per JVM, hence the context is closed after the class.
 */
@DirtiesContext
@TestPropertySource(properties = "licenciamento.relogio.homologacao=true")
class ExemplosDoDocumentoTest extends EtapasPelaApi {

    private static final Pattern VARIAVEL = Pattern.compile("\\{([^}]+)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonNode documento;
    private final Set<String> enviados = new TreeSet<>();

    @Override
    protected LocalDate hoje() {
        return LocalDate.parse(api("ADMIN").get("/api/v1/ops/relogio").json().get("hoje").asString());
    }

    @Test
    void oExemploDeCadaCorpoDoDocumentoEAceitoComoEsta() {
        documento = api().get("/v3/api-docs").json();

        // A legal entity registers, keeps its contacts, files an LP, names an attorney and a technician.
        String pessoaId = enviar("REQUERENTE", "POST", "/api/v1/pessoas", Map.of(), Map.of()).json().get("pessoaId").asString();
        enviar("REQUERENTE", "PUT", "/api/v1/pessoas/{pessoaId}/contatos", Map.of("pessoaId", pessoaId), Map.of());
        JsonNode protocolo = enviar("REQUERENTE", "POST", "/api/v1/processos", Map.of(), Map.of("requerenteId", pessoaId)).json();
        String processo = protocolo.get("processoId").asString();
        String empreendimento = protocolo.get("empreendimentoId").asString();
        // The enterprise's location corrected before classification (issue 25).
        enviar("REQUERENTE", "PUT", "/api/v1/processos/{processoId}/localizacao", Map.of("processoId", processo), Map.of());
        String procurador = requerenteAtivo();
        String procuracao = enviar("REQUERENTE", "POST", "/api/v1/pessoas/{pessoaId}/procuracoes", Map.of("pessoaId", pessoaId),
                Map.of("procuradorId", procurador, "objetoId", empreendimento)).json().get("procuracaoId").asString();
        enviar("REQUERENTE", "POST", "/api/v1/pessoas/{pessoaId}/procuracoes/{procuracaoId}/revogacao",
                Map.of("pessoaId", pessoaId, "procuracaoId", procuracao), Map.of());
        enviar("REQUERENTE", "POST", "/api/v1/pessoas/{pessoaId}/responsaveis-tecnicos", Map.of("pessoaId", pessoaId),
                Map.of("responsavelId", procurador, "objetoId", empreendimento));
        String outraPessoa = requerenteAtivo();
        enviar("REQUERENTE", "POST", "/api/v1/pessoas/{pessoaId}/inativacao", Map.of("pessoaId", outraPessoa), Map.of());
        enviar("REQUERENTE", "POST", "/api/v1/pessoas/{pessoaId}/eliminacao", Map.of("pessoaId", outraPessoa), Map.of());

        // The LP: classification, fee, documents, assignment, admission, complementation, opinion, grant.
        Map<String, String> doProcesso = Map.of("processoId", processo);
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/enquadramento", doProcesso, Map.of());
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/guias", doProcesso, Map.of());
        List<String> exigidos = documentosExigidos(processo);
        String anexado = arquivo("REQUERENTE", "/api/v1/processos/{processoId}/documentos", doProcesso, exigidos.get(0))
                .json().get("documentoId").asString();
        List<String> outros = new ArrayList<>();
        for (String exigido : exigidos.subList(1, exigidos.size())) {
            outros.add(anexarPdf("GESTOR", processo, exigido, "item.pdf", exigido).get("documentoId").asString());
        }
        passo("GESTOR", processo, "guias/" + guiaEmitidaPelaPlataforma(processo) + "/pagamento", "{}");
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/atribuicao", doProcesso, Map.of());
        enviar("ANALISTA", "POST", "/api/v1/processos/{processoId}/admissibilidade", doProcesso, Map.of());
        enviar("ANALISTA", "POST", "/api/v1/processos/{processoId}/documentos/{documentoId}/avaliacao",
                Map.of("processoId", processo, "documentoId", anexado), Map.of());
        aceitarDocumentos(processo, outros);
        enviar("ANALISTA", "POST", "/api/v1/processos/{processoId}/complementacoes", doProcesso, Map.of());
        enviar("REQUERENTE", "POST", "/api/v1/processos/{processoId}/complementacoes/prorrogacao", doProcesso, Map.of());
        String complemento = anexarPdf(processo, "pca.pdf", "Plano de controle ambiental").get("documentoId").asString();
        enviar("REQUERENTE", "POST", "/api/v1/processos/{processoId}/complementacoes/resposta", doProcesso,
                Map.of("documentoIds", List.of(complemento)));
        enviar("FISCAL", "POST", "/api/v1/processos/{processoId}/vistorias", doProcesso, Map.of());
        enviar("ANALISTA", "POST", "/api/v1/processos/{processoId}/pareceres", doProcesso, Map.of());
        JsonNode decisao = enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/decisao", doProcesso, Map.of()).json();

        // The licence: a condition changed and reported, renewal asked and granted, suspension, cancellation.
        String licenca = decisao.get("licencaId").asString();
        String condicionante = decisao.get("condicionanteIds").get(0).asString();
        Aguardar.ate("licença no registro", Duration.ofSeconds(30), () -> api("GESTOR").get("/api/v1/licencas/" + licenca),
                r -> r.status() == 200);
        Map<String, String> daCondicionante = Map.of("licencaId", licenca, "condicionanteId", condicionante);
        enviar("GESTOR", "POST", "/api/v1/licencas/{licencaId}/condicionantes/{condicionanteId}/alteracao", daCondicionante,
                Map.of());
        String relatorio = enviar("REQUERENTE", "POST", "/api/v1/licencas/{licencaId}/condicionantes/{condicionanteId}/relatorios",
                daCondicionante, Map.of("documentoId", complemento)).json().get("relatorioId").asString();
        enviar("ANALISTA", "POST",
                "/api/v1/licencas/{licencaId}/condicionantes/{condicionanteId}/relatorios/{relatorioId}/avaliacao",
                Map.of("licencaId", licenca, "condicionanteId", condicionante, "relatorioId", relatorio), Map.of());
        Map<String, String> daLicenca = Map.of("licencaId", licenca);
        enviar("REQUERENTE", "POST", "/api/v1/licencas/{licencaId}/renovacao", daLicenca, Map.of());
        enviar("GESTOR", "POST", "/api/v1/licencas/{licencaId}/renovacao/decisao", daLicenca, Map.of());
        enviar("GESTOR", "POST", "/api/v1/licencas/{licencaId}/suspensao", daLicenca, Map.of());
        enviar("GESTOR", "POST", "/api/v1/licencas/{licencaId}/cancelamento", daLicenca, Map.of());

        // An EIA/RIMA process (class 6): notice, hearing asked and held.
        String comEia = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        levarAteAAnalise(comEia, "G", "G");
        Map<String, String> doComEia = Map.of("processoId", comEia);
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/edital-rima", doComEia, Map.of());
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/audiencias", doComEia, Map.of());
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/audiencias/realizacao", doComEia, Map.of());

        // A refusal appealed and judged.
        String indeferido = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        levarAteAAnalise(indeferido, "G", "P");
        passo("GESTOR", indeferido, "decisao", "{\"deferido\":false,\"fundamentos\":\"Estudo insuficiente\"}");
        enviar("REQUERENTE", "POST", "/api/v1/processos/{processoId}/recursos", Map.of("processoId", indeferido), Map.of());
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/recursos/julgamento", Map.of("processoId", indeferido), Map.of());

        // A document replaced by a new version, then the applicant gives up.
        String desistente = protocolar(requerenteAtivo(), "LP", null, null).processoId();
        String rascunho = anexarPdf(desistente, "memorial.pdf", "Memorial descritivo").get("documentoId").asString();
        arquivo("REQUERENTE", "/api/v1/processos/{processoId}/documentos/{documentoId}/versoes",
                Map.of("processoId", desistente, "documentoId", rascunho), null);
        enviar("REQUERENTE", "POST", "/api/v1/processos/{processoId}/arquivamento", Map.of("processoId", desistente), Map.of());

        // An LAC by self-declaration.
        String lac = protocolar(requerenteAtivo(), "LAC", null, null).processoId();
        passo("GESTOR", lac, "enquadramento", "{\"porte\":\"P\",\"potencial\":\"P\"}");
        passo("GESTOR", lac, "guias/" + guiaEmitidaPelaPlataforma(lac) + "/pagamento", "{}");
        enviar("REQUERENTE", "POST", "/api/v1/processos/{processoId}/adesao", Map.of("processoId", lac), Map.of());

        // Territory (issue 25): a conservation unit loaded, a filing inside it, its manager's authorization recorded.
        String uc = "uc-exemplo-" + UUID.randomUUID().toString().substring(0, 8);
        ClienteHttp.Resposta camada = api("ADMIN").enviar("POST", "/api/v1/camadas?nome=Exemplo&tipo=UNIDADE_DE_CONSERVACAO&camadaId=" + uc,
                "application/geo+json", ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"id\":\"" + uc + "\",\"nome\":\"Parque de exemplo\",\"esfera\":\"ESTADUAL\",\"categoria\":\"PE\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[-60.2,-3.2],[-60.0,-3.2],[-60.0,-3.0],[-60.2,-3.0],[-60.2,-3.2]]]}}]}")
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(camada.status()).as(camada.corpo()).isEqualTo(201);
        ClienteHttp.Resposta naUc = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Na unidade de exemplo","cnae":"2342-7/02","municipioIbge":"9000009",
                 "tipoLicenca":"LP","geometria":{"type":"Point","coordinates":[-60.1,-3.1]}}""".formatted(requerenteAtivo()));
        assertThat(naUc.status()).as(naUc.corpo()).isEqualTo(201);
        enviar("GESTOR", "POST", "/api/v1/processos/{processoId}/anuencias",
                Map.of("processoId", naUc.json().get("processoId").asString()), Map.of("feicaoId", uc));

        // Administration: users, the rule catalogue, an import, a projection rebuilt, the homologation clock (last: it
        // moves the day the document's relative dates were computed on).
        String usuario = enviar("ADMIN", "POST", "/api/v1/usuarios", Map.of(), Map.of()).json().get("id").asString();
        enviar("ADMIN", "PUT", "/api/v1/usuarios/{id}", Map.of("id", usuario), Map.of());
        enviar("ADMIN", "PUT", "/api/v1/usuarios/{id}/senha", Map.of("id", usuario), Map.of());
        enviar("ADMIN", "POST", "/api/v1/catalogo/versoes", Map.of(), Map.of());
        enviar("ADMIN", "POST", "/api/v1/importacoes", Map.of(), Map.of());
        enviar("ADMIN", "POST", "/api/v1/ops/processadores/{nome}/replay", Map.of("nome", "pesquisa-processos"), Map.of());
        enviar("ADMIN", "POST", "/api/v1/ops/relogio/avanco", Map.of(), Map.of());

        Set<String> comCorpo = new TreeSet<>();
        documento.get("paths").properties().forEach(caminho -> caminho.getValue().properties().forEach(operacao -> {
            if (operacao.getValue().has("requestBody")) {
                comCorpo.add(operacao.getKey().toUpperCase() + " " + caminho.getKey());
            }
        }));
        assertThat(enviados).as("cada operação com corpo no documento teve o exemplo enviado").isEqualTo(comCorpo);
    }

    /** Sends the document's JSON example of this operation, with only the ids replaced; answers the 2xx response. */
    private ClienteHttp.Resposta enviar(String papel, String metodo, String rota, Map<String, String> variaveis,
                                        Map<String, Object> referencias) {
        String chave = metodo + " " + rota;
        JsonNode midia = operacao(metodo, rota).path("requestBody").path("content").path("application/json");
        if (!midia.has("example")) {
            fail(chave + ": o documento não traz exemplo do corpo em application/json");
        }
        JsonNode exemplo = midia.get("example").deepCopy();
        trocarReferencias(chave, exemplo, referencias);
        ClienteHttp.Resposta resposta = api(papel).enviar(metodo, caminho(chave, rota, variaveis), "application/json",
                JSON.writeValueAsBytes(exemplo));
        assertThat(resposta.status()).as(chave + " com o exemplo do documento " + exemplo + " -> " + resposta.corpo())
                .isBetween(200, 299);
        enviados.add(chave);
        return resposta;
    }

    /** Uploads a small PDF as the document's multipart form describes it: the file part and its query parameters. */
    private ClienteHttp.Resposta arquivo(String papel, String rota, Map<String, String> variaveis, String categoria) {
        String chave = "POST " + rota;
        JsonNode formulario = operacao("POST", rota).path("requestBody").path("content").path("multipart/form-data")
                .path("schema").path("properties");
        assertThat(formulario.has("arquivo")).as(chave + ": o formulário do documento tem a parte 'arquivo'").isTrue();
        String fronteira = "----fronteira" + UUID.randomUUID();
        ByteArrayOutputStream corpo = new ByteArrayOutputStream();
        corpo.writeBytes(("--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"estudo.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\nEstudo ambiental\n%%EOF\r\n--" + fronteira + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        String caminho = caminho(chave, rota, variaveis);
        if (categoria != null) {
            caminho += "?categoria=" + java.net.URLEncoder.encode(categoria, StandardCharsets.UTF_8);
        }
        ClienteHttp.Resposta resposta = api(papel).enviar("POST", caminho, "multipart/form-data; boundary=" + fronteira,
                corpo.toByteArray());
        assertThat(resposta.status()).as(chave + " -> " + resposta.corpo()).isBetween(200, 299);
        enviados.add(chave);
        return resposta;
    }

    private JsonNode operacao(String metodo, String rota) {
        JsonNode operacao = documento.path("paths").path(rota).path(metodo.toLowerCase());
        if (operacao.isMissingNode()) {
            fail(metodo + " " + rota + " não está no documento");
        }
        return operacao;
    }

    private static String caminho(String chave, String rota, Map<String, String> variaveis) {
        Matcher variavel = VARIAVEL.matcher(rota);
        StringBuilder caminho = new StringBuilder();
        while (variavel.find()) {
            String valor = variaveis.get(variavel.group(1));
            if (valor == null) {
                fail(chave + ": falta no teste um valor real para {" + variavel.group(1) + "}");
            }
            variavel.appendReplacement(caminho, valor);
        }
        variavel.appendTail(caminho);
        return caminho.toString();
    }

    /** Reference fields (ending in Id or Ids) get the real ids; every one the example has must be given one. */
    private static void trocarReferencias(String chave, JsonNode no, Map<String, Object> referencias) {
        if (no instanceof ObjectNode objeto) {
            for (String campo : new ArrayList<>(objeto.propertyNames())) {
                if (campo.endsWith("Id") || campo.endsWith("Ids")) {
                    Object real = referencias.get(campo);
                    if (real == null) {
                        fail(chave + ": o campo de referência '" + campo + "' do exemplo não tem valor real no teste");
                    }
                    objeto.set(campo, JSON.valueToTree(real));
                } else {
                    trocarReferencias(chave, objeto.get(campo), referencias);
                }
            }
        } else if (no instanceof ArrayNode lista) {
            lista.forEach(item -> trocarReferencias(chave, item, referencias));
        }
    }
}
