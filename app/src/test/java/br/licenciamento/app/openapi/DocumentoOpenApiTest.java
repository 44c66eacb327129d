package br.licenciamento.app.openapi;

import br.licenciamento.app.PlataformaEmbutidaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the published document a client team builds on: every operation explained, with a success answer and its
 * errors in the one problem+json schema; every schema property described with an example; every header the code
 * reads or sets declared. Each failure lists what is missing, by operation, property or header.
 */
class DocumentoOpenApiTest extends PlataformaEmbutidaTest {

    /** The modules whose code serves the API; their sources are scanned for the headers they read and set. */
    private static final List<String> MODULOS = List.of("api", "platform", "embutido", "pessoa", "licenca-command",
            "licenca-query", "notificacao-saga", "auth");

    /**
     * Headers of the transport, not of this API's contract: content negotiation and the bearer token are OpenAPI's own
     * (media types, security schemes); Allow goes only with 405, which no documented operation answers (the document's
     * description says it); Vary is Spring's.
     */
    private static final Set<String> DO_PROTOCOLO = Set.of("Content-Type", "Accept", "Authorization", "Allow", "Vary",
            "Content-Length");

    private static final Set<String> MEMBROS_DO_PROBLEMA = Set.of("type", "title", "status", "detail", "instance", "regra",
            "erros", "versaoAtual", "pessoaExistenteId");

    private JsonNode documento;

    @BeforeEach
    void lerDocumento() throws IOException {
        String corpo = api().get("/v3/api-docs").corpo();
        // The checked document stays in target/ for whoever reads a failure (or generates a client from it).
        Files.writeString(Path.of("target", "openapi.json"), corpo);
        documento = tools.jackson.databind.json.JsonMapper.builder().build().readTree(corpo);
    }

    @Test
    void cadaOperacaoTemResumoDescricaoSucessoEErrosNoEsquemaDeProblema() {
        List<String> faltas = new ArrayList<>();
        operacoes((chave, operacao) -> {
            if (texto(operacao.path("summary")).isBlank()) {
                faltas.add(chave + ": sem summary");
            }
            if (texto(operacao.path("description")).isBlank()) {
                faltas.add(chave + ": sem description");
            }
            boolean sucesso = false;
            for (Map.Entry<String, JsonNode> resposta : operacao.path("responses").properties()) {
                String status = resposta.getKey();
                JsonNode corpo = resposta.getValue();
                sucesso |= status.startsWith("2");
                if (texto(corpo.path("description")).isBlank()) {
                    faltas.add(chave + " " + status + ": resposta sem description");
                }
                if (Set.of("OK", "Created", "Accepted", "No Content", "default response").contains(texto(corpo.path("description")))) {
                    faltas.add(chave + " " + status + ": resposta com a description em inglês do springdoc");
                }
                if (!corpo.path("headers").has("X-Correlation-Id")) {
                    faltas.add(chave + " " + status + ": resposta sem o cabeçalho X-Correlation-Id");
                }
                if (status.startsWith("4") || status.startsWith("5")) {
                    JsonNode esquema = corpo.path("content").path("application/problem+json").path("schema");
                    if (!texto(esquema.path("$ref")).equals("#/components/schemas/Problema")) {
                        faltas.add(chave + " " + status + ": erro sem o esquema Problema em application/problem+json");
                    }
                    if (corpo.path("content").size() != 1) {
                        faltas.add(chave + " " + status + ": erro com outro tipo de conteúdo além de application/problem+json");
                    }
                }
                if (status.equals("503") && !corpo.path("headers").has("Retry-After")) {
                    faltas.add(chave + " 503: sem o cabeçalho Retry-After");
                }
                if (status.equals("201") && !corpo.path("headers").has("Location")) {
                    faltas.add(chave + " 201: sem o cabeçalho Location");
                }
            }
            if (!sucesso) {
                faltas.add(chave + ": nenhuma resposta 2xx");
            }
            if (chave.contains(" /api/") && !operacao.path("responses").has("503")) {
                faltas.add(chave + ": sem a resposta 503");
            }
        });
        assertThat(faltas).as("o que falta nas operações do documento").isEmpty();
    }

    @Test
    void cadaPropriedadeDeCadaEsquemaTemDescricaoEExemploValido() {
        List<String> faltas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> esquema : documento.path("components").path("schemas").properties()) {
            if (texto(esquema.getValue().path("description")).isBlank()) {
                faltas.add(esquema.getKey() + ": esquema sem description");
            }
            for (Map.Entry<String, JsonNode> propriedade : esquema.getValue().path("properties").properties()) {
                String nome = esquema.getKey() + "." + propriedade.getKey();
                JsonNode valor = propriedade.getValue();
                if (texto(valor.path("description")).isBlank()) {
                    faltas.add(nome + ": sem description");
                }
                if (!valor.has("example") || valor.get("example").isNull()) {
                    faltas.add(nome + ": sem example");
                    continue;
                }
                JsonNode exemplo = valor.get("example");
                if (valor.has("enum") && !contem(valor.get("enum"), exemplo)) {
                    faltas.add(nome + ": example " + exemplo + " fora do enum " + valor.get("enum"));
                }
                if (valor.path("items").has("enum")) {
                    for (JsonNode item : exemplo) {
                        if (!contem(valor.path("items").get("enum"), item)) {
                            faltas.add(nome + ": item " + item + " do example fora do enum " + valor.path("items").get("enum"));
                        }
                    }
                }
                String formato = texto(valor.path("format"));
                if (formato.equals("date") && !exemplo.asString().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    faltas.add(nome + ": example " + exemplo + " não é uma data AAAA-MM-DD");
                }
                if (formato.equals("date-time") && !exemplo.asString().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
                    faltas.add(nome + ": example " + exemplo + " não é um instante ISO-8601");
                }
                if (valor.has("pattern") && exemplo.isString() && !exemplo.asString().matches(valor.get("pattern").asString())) {
                    faltas.add(nome + ": example " + exemplo + " não segue o pattern " + valor.get("pattern").asString());
                }
            }
        }
        assertThat(faltas).as("o que falta nas propriedades dos esquemas").isEmpty();
    }

    @Test
    void oEsquemaDeProblemaTemOsMembrosQueAsRespostasDeErroUsam() {
        JsonNode problema = documento.path("components").path("schemas").path("Problema");
        Set<String> membros = new TreeSet<>();
        problema.path("properties").properties().forEach(p -> membros.add(p.getKey()));
        assertThat(membros).as("membros do esquema Problema").containsAll(MEMBROS_DO_PROBLEMA);
        JsonNode erro = documento.path("components").path("schemas").path("ErroDeCampo").path("properties");
        assertThat(erro.has("campo") && erro.has("mensagem")).as("erros: campo e mensagem").isTrue();
    }

    @Test
    void cadaCabecalhoQueOCodigoLeOuEscreveEstaDeclarado() {
        Set<String> declarados = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        documento.path("components").path("parameters").properties()
                .forEach(p -> declarados.add(texto(p.getValue().path("name"))));
        documento.path("components").path("headers").properties().forEach(h -> declarados.add(h.getKey()));
        List<String> faltas = new ArrayList<>();
        operacoes((chave, operacao) -> {
            for (JsonNode parametro : operacao.path("parameters")) {
                if (texto(parametro.path("in")).equals("header")) {
                    declarados.add(texto(parametro.path("name")));
                }
            }
            operacao.path("responses").properties().forEach(r ->
                    r.getValue().path("headers").properties().forEach(h -> declarados.add(h.getKey())));

            Set<String> pedidos = cabecalhosPedidos(operacao);
            String metodo = chave.substring(0, chave.indexOf(' '));
            String caminho = chave.substring(chave.indexOf(' ') + 1);
            if (caminho.startsWith("/api/") && !pedidos.contains("X-Correlation-Id")) {
                faltas.add(chave + ": não declara o cabeçalho X-Correlation-Id");
            }
            if (metodo.equals("GET") && caminho.startsWith("/api/") && !pedidos.contains("X-Posicao-De-Leitura")) {
                faltas.add(chave + ": não declara o cabeçalho X-Posicao-De-Leitura (leitura das próprias escritas)");
            }
            if (metodo.equals("GET") && caminho.startsWith("/api/v1/publico/") && !pedidos.contains("If-None-Match")) {
                faltas.add(chave + ": não declara o cabeçalho If-None-Match");
            }
            boolean multipart = operacao.path("requestBody").path("content").properties().stream()
                    .anyMatch(c -> c.getKey().startsWith("multipart/"));
            if (metodo.equals("POST") && !multipart
                    && (caminho.startsWith("/api/v1/processos") || caminho.startsWith("/api/v1/licencas"))
                    && !pedidos.contains("Idempotency-Key")) {
                faltas.add(chave + ": não declara o cabeçalho Idempotency-Key");
            }
            if (pedidos.contains("If-Match") && !operacao.path("responses").has("412")) {
                faltas.add(chave + ": lê If-Match e não documenta 412");
            }
            if (Set.of("POST", "PUT", "DELETE").contains(metodo) && caminho.startsWith("/api/")) {
                operacao.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                        .filter(r -> !r.getValue().path("headers").has("X-Posicao-De-Leitura"))
                        .forEach(r -> faltas.add(chave + " " + r.getKey() + ": sem o cabeçalho X-Posicao-De-Leitura"));
            }
        });
        for (String usado : cabecalhosDoCodigo()) {
            if (!declarados.contains(usado)) {
                faltas.add("o código usa o cabeçalho " + usado + ", que o documento não declara");
            }
        }
        assertThat(faltas).as("cabeçalhos não declarados").isEmpty();
    }

    @Test
    void cadaParametroTemDescricao() {
        List<String> faltas = new ArrayList<>();
        operacoes((chave, operacao) -> {
            for (JsonNode parametro : operacao.path("parameters")) {
                if (!parametro.has("$ref") && texto(parametro.path("description")).isBlank()) {
                    faltas.add(chave + ": parâmetro " + texto(parametro.path("in")) + " " + texto(parametro.path("name"))
                            + " sem description");
                }
            }
        });
        assertThat(faltas).as("parâmetros sem descrição").isEmpty();
    }

    /** A text whose schema, property, operation or parameter is gone (renamed, removed) would never be shown: it fails. */
    @Test
    void cadaTextoDosPacotesDosModulosApareceNoDocumento() throws IOException {
        Pattern deOperacao = Pattern.compile("operacao\\.([a-z]+)\\.(/[^.]*)\\.(resumo|descricao|exemplo|cabecalhos"
                + "|resposta\\.(\\d{3})|parametro\\.([A-Za-z]+)\\.(descricao|exemplo))");
        Pattern deParametro = Pattern.compile("parametro\\.([a-z]+)\\.([A-Za-z]+)\\.(descricao|exemplo)");
        Pattern deEsquema = Pattern.compile("([A-Za-z]+)(?:\\.([A-Za-z]+))?\\.(descricao|exemplo)");
        Set<String> parametros = new TreeSet<>();
        operacoes((chave, operacao) -> operacao.path("parameters").forEach(p ->
                parametros.add(texto(p.path("in")) + "." + texto(p.path("name")))));
        List<String> orfaos = new ArrayList<>();
        for (org.springframework.core.io.Resource pacote : new org.springframework.core.io.support
                .PathMatchingResourcePatternResolver().getResources("classpath*:openapi/*.properties")) {
            java.util.Properties textos = new java.util.Properties();
            try (var leitor = new java.io.InputStreamReader(pacote.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                textos.load(leitor);
            }
            for (String chave : textos.stringPropertyNames()) {
                String onde = pacote.getFilename() + ": " + chave;
                Matcher operacao = deOperacao.matcher(chave);
                Matcher parametro = deParametro.matcher(chave);
                Matcher esquema = deEsquema.matcher(chave);
                if (operacao.matches()) {
                    JsonNode alvo = documento.path("paths").path(operacao.group(2)).path(operacao.group(1));
                    if (alvo.isMissingNode()) {
                        orfaos.add(onde + " (não há esta operação)");
                    } else if (operacao.group(4) != null && !alvo.path("responses").has(operacao.group(4))) {
                        orfaos.add(onde + " (a operação não tem esta resposta)");
                    } else if (operacao.group(5) != null && !temParametro(alvo, operacao.group(5))) {
                        orfaos.add(onde + " (a operação não tem este parâmetro)");
                    }
                } else if (parametro.matches()) {
                    if (!parametros.contains(parametro.group(1) + "." + parametro.group(2))) {
                        orfaos.add(onde + " (nenhuma operação tem este parâmetro)");
                    }
                } else if (esquema.matches()) {
                    if (feitosDe(esquema.group(1)).stream().noneMatch(alvo -> esquema.group(2) == null
                            || alvo.path("properties").has(esquema.group(2)))) {
                        orfaos.add(onde + " (não há este esquema ou propriedade)");
                    }
                } else {
                    orfaos.add(onde + " (chave fora do formato dos textos da API)");
                }
            }
        }
        assertThat(orfaos).as("textos dos pacotes openapi/*.properties sem lugar no documento").isEmpty();
    }

    @Test
    void cadastroDePessoaDocumentaO201QueResponde() {
        JsonNode respostas = documento.path("paths").path("/api/v1/pessoas").path("post").path("responses");
        assertThat(respostas.has("201")).as("POST /api/v1/pessoas responde 201").isTrue();
        assertThat(respostas.has("200")).as("POST /api/v1/pessoas não responde 200").isFalse();
    }

    private Set<String> cabecalhosPedidos(JsonNode operacao) {
        Set<String> nomes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (JsonNode parametro : operacao.path("parameters")) {
            JsonNode real = parametro;
            if (parametro.has("$ref")) {
                String ref = parametro.get("$ref").asString();
                real = documento.path("components").path("parameters").path(ref.substring(ref.lastIndexOf('/') + 1));
            }
            if (texto(real.path("in")).equals("header")) {
                nomes.add(texto(real.path("name")));
            }
        }
        return nomes;
    }

    private interface Visita {
        void operacao(String chave, JsonNode operacao);
    }

    private void operacoes(Visita visita) {
        for (Map.Entry<String, JsonNode> caminho : documento.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operacao : caminho.getValue().properties()) {
                visita.operacao(operacao.getKey().toUpperCase() + " " + caminho.getKey(), operacao.getValue());
            }
        }
    }

    /**
     * Header names in the main sources of the API's modules: literals handed to getHeader/setHeader/header(...) or
     * kept in a constant, Spring's {@link HttpHeaders} constants, and the ETag and Location that ResponseEntity sets.
     */
    static Set<String> cabecalhosDoCodigo() {
        Pattern literal = Pattern.compile("(?i:header|cabecalho|CABECALHO)[^\"\\n]{0,60}\"([A-Za-z]+(?:-[A-Za-z]+)+|ETag)\"");
        Pattern constante = Pattern.compile("HttpHeaders\\.([A-Z_]+)");
        Set<String> nomes = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String modulo : MODULOS) {
            Path fontes = Path.of("..", modulo, "src", "main", "java");
            try (Stream<Path> arquivos = Files.walk(fontes)) {
                for (Path arquivo : arquivos.filter(a -> a.toString().endsWith(".java")).toList()) {
                    String codigo = Files.readString(arquivo);
                    Matcher m = literal.matcher(codigo);
                    while (m.find()) {
                        nomes.add(m.group(1));
                    }
                    Matcher c = constante.matcher(codigo);
                    while (c.find()) {
                        nomes.add(valorDe(c.group(1)));
                    }
                    if (codigo.contains(".eTag(")) {
                        nomes.add(HttpHeaders.ETAG);
                    }
                    if (codigo.contains("ResponseEntity.created(") || codigo.contains(".location(")) {
                        nomes.add(HttpHeaders.LOCATION);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        nomes.removeIf(DO_PROTOCOLO::contains);
        assertThat(nomes).as("a busca acha os cabeçalhos do código").contains("Idempotency-Key", "If-Match",
                "X-Posicao-De-Leitura", "X-Correlation-Id", "ETag", "Location", "Retry-After");
        return nomes;
    }

    private static String valorDe(String constante) {
        try {
            Field campo = HttpHeaders.class.getField(constante);
            if (Modifier.isStatic(campo.getModifiers()) && campo.getType() == String.class) {
                return (String) campo.get(null);
            }
            return constante;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema of this name, or, for a generic record like Pagina, every schema springdoc made of it (PaginaFalha...). */
    private List<JsonNode> feitosDe(String nome) {
        List<JsonNode> esquemas = new ArrayList<>();
        JsonNode todos = documento.path("components").path("schemas");
        todos.properties().forEach(e -> {
            if (e.getKey().equals(nome) || (e.getKey().startsWith(nome) && todos.has(e.getKey().substring(nome.length())))) {
                esquemas.add(e.getValue());
            }
        });
        return esquemas;
    }

    private static boolean temParametro(JsonNode operacao, String nome) {
        for (JsonNode parametro : operacao.path("parameters")) {
            if (texto(parametro.path("name")).equals(nome)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contem(JsonNode lista, JsonNode valor) {
        for (JsonNode item : lista) {
            if (item.equals(valor)) {
                return true;
            }
        }
        return false;
    }

    private static String texto(JsonNode no) {
        return no == null || no.isMissingNode() || no.isNull() ? "" : no.asString();
    }
}
