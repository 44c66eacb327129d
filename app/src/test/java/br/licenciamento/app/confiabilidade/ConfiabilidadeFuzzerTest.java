package br.licenciamento.app.confiabilidade;

import br.licenciamento.app.PlataformaEmbutidaTest;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input, driven by the OpenAPI document so every endpoint added later is fuzzed without touching this test:
 * malformed, oversized, wrongly typed, injection-style and boundary values in path, query and body, broken JSON,
 * wrong content types and hostile uploads, anonymously and as each role. Nothing may answer 5xx, every error must be
 * problem+json, and requests that were refused must leave every table of every schema and every Mongo collection
 * as they were. CI sends the systematic set once; {@code -Dconfiabilidade.fuzzer.requisicoes=N} adds random
 * combinations up to N requests.
 */
class ConfiabilidadeFuzzerTest extends PlataformaEmbutidaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NOS = JsonNodeFactory.instance;

    /** Strings that have broken parsers, queries and templates elsewhere. */
    private static final List<String> HOSTIS = List.of(
            "", " ", "\t\n", "null", "undefined", "0", "-1", "1e309", "NaN", "true",
            "' OR '1'='1", "'; DROP TABLE axon.domain_event_entry;--", "1; SELECT pg_sleep(5)--", "\\", "\"", "%", "_",
            "{\"$gt\":\"\"}", "{\"$where\":\"sleep(1000)\"}", "$ne", "[$regex]=.*",
            "<script>alert(1)</script>", "${jndi:ldap://x/a}", "{{7*7}}", "#{7*7}", "../../../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "\uFEFF", "\u202Eabc", "ção ÁÉÍ 漢字 😀", "\uD800",
            "a".repeat(301), "9".repeat(40), "x".repeat(70_000));

    private static final List<JsonNode> TIPOS_ERRADOS = List.of(
            NOS.numberNode(0), NOS.numberNode(-1), NOS.numberNode(Long.MAX_VALUE), NOS.numberNode(-1e308),
            NOS.numberNode(new java.math.BigInteger("9".repeat(400))), NOS.booleanNode(true), NOS.nullNode(),
            NOS.arrayNode(), NOS.arrayNode().add("x"), NOS.objectNode(), NOS.objectNode().put("$gt", ""));

    @Autowired
    private DataSource dataSource;

    @Autowired
    private MongoTemplate mongo;

    private final Map<String, Long> contagemPorStatus = new LinkedHashMap<>();
    private final List<String> falhas = new ArrayList<>();
    private long requisicoes;
    private long aceitas;
    private long lotesVerificados;
    private long requisicoesVerificadas;
    private long lotesComAceitas;

    /**
     * CI sends each property and parameter a rotating sample of the hostile values (every value is still used across
     * the API); the long form ({@code -Dconfiabilidade.fuzzer.completo=true} or a request target) sends all of them.
     */
    private static final boolean COMPLETO = Boolean.getBoolean("confiabilidade.fuzzer.completo")
            || Long.getLong("confiabilidade.fuzzer.requisicoes", 0) > 0;

    private static <T> List<T> amostra(List<T> valores, String chave, int quantos) {
        if (COMPLETO || valores.size() <= quantos) {
            return valores;
        }
        List<T> escolhidos = new ArrayList<>();
        int inicio = Math.floorMod(chave.hashCode(), valores.size());
        for (int i = 0; i < quantos; i++) {
            escolhidos.add(valores.get((inicio + i * 7) % valores.size()));
        }
        return escolhidos;
    }

    record Operacao(String metodo, String caminho, JsonNode definicao) {
    }

    record Pedido(String metodo, String caminho, String contentType, byte[] corpo) {
    }

    @Test
    void entradaHostilNuncaDa5xxSempreDaProblemJsonENaoAlteraNada() throws Exception {
        JsonNode documento = api().get("/v3/api-docs").json();
        List<Operacao> operacoes = operacoes(documento);
        assertThat(operacoes).as("operacoes no documento OpenAPI").isNotEmpty();

        // Real ids, so mutations also reach existing aggregates and not only the "not found" path.
        String pessoa = requerenteAtivo();
        String processo = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Alvo do fuzzer","cnae":"0155-5/05",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(pessoa)).json().get("processoId").asString();
        Map<String, String> existentes = Map.of("pessoa", pessoa, "processo", processo);

        List<ClienteHttp> clientes = new ArrayList<>();
        List<String> nomes = new ArrayList<>();
        clientes.add(api());
        nomes.add("anonimo");
        for (String papel : Papeis.TODOS) {
            clientes.add(api(papel));
            nomes.add(papel);
        }

        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String contagemSql = contagemDeTodasAsTabelas(jdbc);
        Map<String, Long> base = estabilizar(jdbc, contagemSql);

        for (Operacao operacao : operacoes) {
            for (boolean comIdExistente : new boolean[]{false, true}) {
                List<Pedido> pedidos = pedidos(documento, operacao, comIdExistente ? existentes : Map.of());
                if (pedidos.isEmpty()) {
                    continue;
                }
                for (int c = 0; c < clientes.size(); c++) {
                    base = lote(clientes.get(c), nomes.get(c), paraCliente(pedidos, c, clientes.size()), jdbc, contagemSql, base);
                }
            }
        }

        long alvo = Long.getLong("confiabilidade.fuzzer.requisicoes", 0);
        Random aleatorio = new Random(Long.getLong("confiabilidade.semente", 10));
        while (requisicoes < alvo) {
            Operacao operacao = operacoes.get(aleatorio.nextInt(operacoes.size()));
            List<Pedido> todos = pedidos(documento, operacao, aleatorio.nextBoolean() ? existentes : Map.of());
            List<Pedido> amostra = new ArrayList<>();
            for (int i = 0; i < 25 && !todos.isEmpty(); i++) {
                amostra.add(combinar(todos.get(aleatorio.nextInt(todos.size())), aleatorio));
            }
            int c = aleatorio.nextInt(clientes.size());
            base = lote(clientes.get(c), nomes.get(c), amostra, jdbc, contagemSql, base);
        }

        base = envioDeArquivosHostis(operacoes, processo, clientes, nomes, jdbc, contagemSql, base);

        // Accepted garbage must not poison a projection later: no processor in error, no dead letter.
        estabilizar(jdbc, contagemSql);
        List<String> envenenados = new ArrayList<>();
        api("ADMIN").get("/api/v1/ops/processadores").json().forEach(p -> {
            if (p.get("comErro").asBoolean()) {
                envenenados.add("processador " + p.get("nome").asString());
            }
        });
        api("ADMIN").get("/api/v1/ops/filas-mortas").json().forEach(f -> {
            if (f.get("mensagens").asLong() > 0) {
                envenenados.add("fila morta " + f.get("grupo").asString() + ": " + f.get("mensagens").asLong());
            }
        });

        // And the projections still work: a filing made after the fuzzer reaches both read models.
        String depois = api("REQUERENTE").post("/api/v1/processos", """
                {"requerenteId":"%s","empreendimento":"Depois do fuzzer","cnae":"0155-5/05",
                 "municipioIbge":"3106200","tipoLicenca":"LP"}""".formatted(requerenteAtivo())).json().get("processoId").asString();
        ClienteHttp gestor = api("GESTOR");
        boolean projetado = Esperar.ateOuUltimo(Duration.ofSeconds(30),
                () -> gestor.get("/api/v1/processos/" + depois).status() == 200
                        && gestor.get("/api/v1/processos?requerente=" + gestor.get("/api/v1/processos/" + depois).json()
                        .get("requerenteId").asString()).json().get("total").asLong() == 1, ok -> ok);
        if (!projetado) {
            envenenados.add("processo protocolado depois do fuzzer nao chegou as projecoes em 30 s; processadores: "
                    + api("ADMIN").get("/api/v1/ops/processadores").corpo());
        }

        long total5xx = contagemPorStatus.entrySet().stream().filter(e -> e.getKey().startsWith("5"))
                .mapToLong(Map.Entry::getValue).sum();
        System.out.printf("CONFIABILIDADE fuzzer: operacoes=%d clientes=%d requisicoes=%d 2xx=%d 5xx=%d falhas=%d "
                        + "lotes-verificados=%d requisicoes-recusadas-verificadas=%d lotes-com-2xx=%d envenenados=%s status=%s%n",
                operacoes.size(), clientes.size(), requisicoes, aceitas, total5xx, falhas.size(), lotesVerificados,
                requisicoesVerificadas, lotesComAceitas, envenenados, contagemPorStatus);
        System.out.printf("CONFIABILIDADE fuzzer uploads: envios-grandes=%d megabytes=%d 413=%d recusados-por-acesso=%d "
                        + "sem-resposta=%d escrita-interrompida=%d bomba=%s duracao=%d ms%n", enviosGrandes,
                bytesEnviados / MB, respostas413, recusadosPorAcesso, uploadsSemResposta, escritasInterrompidas, bomba,
                duracaoDosEnviosMs);
        assertThat(falhas).as("respostas 5xx, erros sem problem+json ou dados alterados por requisicoes recusadas")
                .isEmpty();
        assertThat(envenenados).as("projecoes com erro ou mensagens mortas depois do fuzzer").isEmpty();
        assertThat(requisicoesVerificadas).as("a verificacao de 'nada mudou' precisa ter coberto requisicoes").isPositive();
    }

    /**
     * Anonymous callers get every request; in CI the roles share them round-robin (every role still reaches every
     * operation), in the long form every role gets every request too.
     */
    private static List<Pedido> paraCliente(List<Pedido> pedidos, int cliente, int clientes) {
        if (COMPLETO || cliente == 0) {
            return pedidos;
        }
        List<Pedido> parte = new ArrayList<>();
        for (int i = 0; i < pedidos.size(); i++) {
            if (i % (clientes - 1) == cliente - 1) {
                parte.add(pedidos.get(i));
            }
        }
        return parte;
    }

    /** Sends one batch; when nothing in it was accepted, every count must be exactly what it was before. */
    private Map<String, Long> lote(ClienteHttp cliente, String nome, List<Pedido> pedidos, JdbcTemplate jdbc,
                                   String contagemSql, Map<String, Long> antes) throws InterruptedException {
        int aceitasNoLote = 0;
        for (int i = 0; i < pedidos.size(); i++) {
            Pedido p = pedidos.get(i);
            ClienteHttp.Resposta r = enviar(cliente, nome, p);
            // An accepted read must change nothing either, so its batch is still checked; an accepted write is not.
            if (r != null && r.status() / 100 == 2 && !"GET".equals(p.metodo())) {
                aceitasNoLote++;
            }
            // Big batches are split so a single accepted request does not hide the check of many refused ones.
            if ((i + 1) % 25 == 0 || i == pedidos.size() - 1) {
                if (aceitasNoLote > 0) {
                    lotesComAceitas++;
                    antes = estabilizar(jdbc, contagemSql);
                } else {
                    Map<String, Long> depois = contagens(jdbc, contagemSql);
                    lotesVerificados++;
                    requisicoesVerificadas += (i % 25) + 1;
                    if (!depois.equals(antes)) {
                        registrarFalha(nome, p, "dados alterados por requisicoes recusadas (lote ate esta): "
                                + diferenca(antes, depois));
                        antes = estabilizar(jdbc, contagemSql);
                    }
                }
                aceitasNoLote = 0;
            }
        }
        return antes;
    }

    /** Sends one request and counts it; a 5xx, an error without problem+json or no answer at all is a failure. */
    private ClienteHttp.Resposta enviar(ClienteHttp cliente, String nome, Pedido p) {
        requisicoes++;
        ClienteHttp.Resposta r;
        try {
            // Near or over the server's 8 KiB header limit Tomcat answers and closes with the request half read; a
            // client must read that answer even though its own write failed (ClienteHttp.enviarPorSocket).
            r = p.caminho().length() > 4 * 1024
                    ? cliente.enviarPorSocket(p.metodo(), p.caminho(), p.contentType(), p.corpo())
                    : cliente.enviar(p.metodo(), p.caminho(), p.contentType(), p.corpo());
        } catch (IllegalStateException semResposta) {
            registrarFalha(nome, p, "sem resposta: " + semResposta.getCause());
            return null;
        }
        contagemPorStatus.merge(String.valueOf(r.status()), 1L, Long::sum);
        if (r.status() / 100 == 2) {
            aceitas++;
        } else if (r.status() >= 500) {
            registrarFalha(nome, p, r.status() + " " + r.contentType() + " " + resumo(r.corpo()));
        } else if (r.status() >= 400 && !r.contentType().startsWith("application/problem+json")) {
            registrarFalha(nome, p, r.status() + " sem problem+json: '" + r.contentType() + "' " + resumo(r.corpo()));
        }
        return r;
    }

    private void registrarFalha(String cliente, Pedido p, String oQue) {
        registrarFalha(cliente + " " + p.metodo() + " " + resumo(p.caminho()) + " [" + p.contentType() + ", "
                + p.corpo().length + " bytes: " + resumo(new String(p.corpo(), 0, Math.min(p.corpo().length, 400),
                StandardCharsets.UTF_8)) + "] -> " + oQue);
    }

    private void registrarFalha(String oQue) {
        if (falhas.size() < 40) {
            falhas.add(oQue);
        } else if (falhas.size() == 40) {
            falhas.add("... (mais falhas omitidas)");
        }
    }

    // ---- the requests for one operation ----------------------------------------------------------------------

    private List<Pedido> pedidos(JsonNode documento, Operacao operacao, Map<String, String> existentes) {
        List<JsonNode> parametros = new ArrayList<>();
        operacao.definicao().path("parameters").forEach(p -> parametros.add(resolver(documento, p)));
        List<JsonNode> deCaminho = parametros.stream().filter(p -> "path".equals(p.path("in").asString())).toList();
        List<JsonNode> deConsulta = parametros.stream().filter(p -> "query".equals(p.path("in").asString())).toList();

        // With existing ids, only operations whose path names an id we have are worth a batch of their own.
        Map<String, String> caminhoValido = new LinkedHashMap<>();
        for (JsonNode p : deCaminho) {
            String nome = p.path("name").asString();
            String existente = existentes.entrySet().stream().filter(e -> nome.toLowerCase().contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (!existentes.isEmpty() && existente == null) {
                return List.of();
            }
            caminhoValido.put(nome, existente != null ? existente : UUID.randomUUID().toString());
        }
        if (!existentes.isEmpty() && deCaminho.isEmpty()) {
            return List.of();
        }
        Map<String, String> consultaValida = new LinkedHashMap<>();
        for (JsonNode p : deConsulta) {
            consultaValida.put(p.path("name").asString(), textoValido(documento, p.path("schema"), p.path("name").asString()));
        }
        JsonNode corpoSchema = operacao.definicao().path("requestBody").path("content");
        String tipoDoCorpo = corpoSchema.isObject() && !corpoSchema.isEmpty() ? corpoSchema.propertyNames().iterator().next() : null;
        JsonNode corpoValido = tipoDoCorpo == null ? null : valido(documento, corpoSchema.path(tipoDoCorpo).path("schema"), "", 0);

        List<Pedido> pedidos = new ArrayList<>();
        String metodo = operacao.metodo();
        // Path parameters: hostile values in each, the rest valid.
        for (String nome : caminhoValido.keySet()) {
            for (String hostil : amostra(HOSTIS, operacao.caminho() + nome, 10)) {
                Map<String, String> valores = new LinkedHashMap<>(caminhoValido);
                valores.put(nome, hostil);
                pedidos.add(pedido(metodo, operacao.caminho(), valores, consultaValida, tipoDoCorpo, corpoValido));
            }
        }
        // Query parameters: hostile strings, wrong types and boundaries, and a repeated parameter.
        for (String nome : consultaValida.keySet()) {
            List<String> valoresRuins = new ArrayList<>(HOSTIS);
            valoresRuins.addAll(List.of("-2147483649", "2147483648", "-0", "0x10", "1.5", "201", String.valueOf(Long.MAX_VALUE)));
            for (String ruim : amostra(valoresRuins, operacao.caminho() + nome, 8)) {
                Map<String, String> consulta = new LinkedHashMap<>(consultaValida);
                consulta.put(nome, ruim);
                pedidos.add(pedido(metodo, operacao.caminho(), caminhoValido, consulta, tipoDoCorpo, corpoValido));
            }
        }
        Map<String, String> desconhecido = new LinkedHashMap<>(consultaValida);
        desconhecido.put("$where", "1==1");
        desconhecido.put("x".repeat(300), "y");
        pedidos.add(pedido(metodo, operacao.caminho(), caminhoValido, desconhecido, tipoDoCorpo, corpoValido));

        if (corpoValido != null) {
            String caminho = url(operacao.caminho(), caminhoValido, consultaValida);
            for (JsonNode mutado : mutacoes(corpoValido)) {
                pedidos.add(new Pedido(metodo, caminho, tipoDoCorpo, bytes(mutado)));
            }
            for (byte[] quebrado : jsonQuebrado()) {
                pedidos.add(new Pedido(metodo, caminho, "application/json", quebrado));
            }
            byte[] valido = bytes(corpoValido);
            pedidos.add(new Pedido(metodo, caminho, null, valido));
            pedidos.add(new Pedido(metodo, caminho, "text/plain", valido));
            pedidos.add(new Pedido(metodo, caminho, "application/xml", "<a><b>&xxe;</b></a>".getBytes(StandardCharsets.UTF_8)));
            pedidos.add(new Pedido(metodo, caminho, "application/x-www-form-urlencoded", "a=1&b=%ZZ".getBytes(StandardCharsets.UTF_8)));
            pedidos.add(new Pedido(metodo, caminho, "application/json; charset=nao-existe", valido));
            pedidos.add(new Pedido(metodo, caminho, "application/json; charset=UTF-16", valido));
            pedidos.add(new Pedido(metodo, caminho, "**", valido));
            pedidos.addAll(uploadsHostis(caminho));
        }
        // Methods the path does not take.
        for (String outro : List.of("PATCH", "DELETE", "PUT", "POST")) {
            if (!outro.equalsIgnoreCase(metodo)) {
                pedidos.add(new Pedido(outro, url(operacao.caminho(), caminhoValido, Map.of()), "application/json",
                        "{}".getBytes(StandardCharsets.UTF_8)));
            }
        }
        return pedidos;
    }

    // ---- hostile uploads to the endpoints that take files -----------------------------------------------------

    private static final int MB = 1024 * 1024;
    /** Who may send a file at all (RegrasDeAcesso); everyone else is refused before the body is read. */
    private static final List<String> ENVIAM_ARQUIVOS = List.of("REQUERENTE", "ANALISTA", "GESTOR");

    private long enviosGrandes;
    private long bytesEnviados;
    private long respostas413;
    private long recusadosPorAcesso;
    private long uploadsSemResposta;
    private long escritasInterrompidas;
    private String bomba = "nao enviada";
    private long duracaoDosEnviosMs;

    @Autowired
    private jakarta.servlet.ServletContext servlet;

    /**
     * Every endpoint that takes multipart files (found in the OpenAPI document), as each client: a file over the
     * module's 20 MB limit, a file over the container's 50 MB per-file limit, a request over its 55 MB limit (with a
     * length, and streamed in chunks without one), and the same sent by a client that writes the whole body before it
     * reads anything, as simple clients do. Each must be answered (413 for whoever may upload, else 401/403), as
     * problem+json, and leave no row, document or temporary file behind. Then an empty file and a decompression bomb
     * as the applicant who owns the process.
     */
    private Map<String, Long> envioDeArquivosHostis(List<Operacao> operacoes, String processo, List<ClienteHttp> clientes,
                                                    List<String> nomes, JdbcTemplate jdbc, String contagemSql,
                                                    Map<String, Long> antes) throws Exception {
        List<String> caminhos = new ArrayList<>();
        for (Operacao o : operacoes) {
            if (o.definicao().path("requestBody").path("content").has(MediaType.MULTIPART_FORM_DATA_VALUE)) {
                caminhos.add(o.caminho().replaceAll("\\{processoId}", processo).replaceAll("\\{[^}]+}", UUID.randomUUID().toString()));
            }
        }
        assertThat(caminhos).as("operacoes de envio de arquivo no documento OpenAPI").isNotEmpty();
        long inicio = System.nanoTime();
        String dono = caminhos.stream().filter(c -> c.endsWith(processo + "/documentos")).findFirst().orElse(caminhos.get(0));
        ClienteHttp requerente = clientes.get(nomes.indexOf("REQUERENTE"));
        // The raw clients below sign in on their own; that sign-in is stored, so the baseline is taken after it.
        int porta = api().porta();
        String token = br.licenciamento.app.seguranca.LoginOAuth2.entrar(porta, "requerente", "demo-requerente").acesso();
        antes = estabilizar(jdbc, contagemSql);
        Map<String, String> temporariosAntes = temporariosDeUpload();

        byte[] de51 = multipartDeZeros(51 * MB);
        byte[] de60 = multipartDeZeros(60 * MB);
        for (String caminho : caminhos) {
            for (int c = 0; c < clientes.size(); c++) {
                String nome = nomes.get(c);
                for (byte[] corpo : List.of(de51, de60)) {
                    // CI: each limit once where it is reached (the applicant on its own process, the manager on the
                    // other upload paths) and the access refusals once; the long form sends every combination.
                    boolean nestaRodada = COMPLETO || (caminho.equals(dono)
                            ? !"GESTOR".equals(nome) && (ENVIAM_ARQUIVOS.contains(nome) || corpo == de60)
                            : "GESTOR".equals(nome) && corpo == de51);
                    if (!nestaRodada || (!COMPLETO && !List.of("anonimo", "REQUERENTE", "GESTOR", "AUDITOR").contains(nome))) {
                        continue;
                    }
                    Pedido p = new Pedido("POST", caminho, "multipart/form-data; boundary=limite", corpo);
                    enviosGrandes++;
                    bytesEnviados += corpo.length;
                    conferirRecusaDeTamanho(nome, p, enviar(clientes.get(c), nome, p));
                }
            }
        }
        Pedido acimaDoModulo = new Pedido("POST", dono, "multipart/form-data; boundary=limite", multipartDeZeros(25 * MB));
        enviosGrandes++;
        bytesEnviados += acimaDoModulo.corpo().length;
        conferirRecusaDeTamanho("REQUERENTE", acimaDoModulo, enviar(requerente, "REQUERENTE", acimaDoModulo));

        // Raw clients: the whole body is written before the answer is read (with a length and chunked).
        for (String[] caso : new String[][]{{"REQUERENTE", "comprimento"}, {"REQUERENTE", "pedacos"}, {"anonimo", "comprimento"}}) {
            enviosGrandes++;
            bytesEnviados += 60L * MB;
            requisicoes++;
            RespostaBruta r = enviarSemLer(porta, "anonimo".equals(caso[0]) ? null : token, dono, 60 * MB,
                    "pedacos".equals(caso[1]));
            String descricao = caso[0] + " POST " + dono + " [60 MB escritos inteiros antes de ler, " + caso[1] + "]";
            if (r.erroDeEscrita() != null) {
                escritasInterrompidas++;
                registrarFalha(descricao + " -> conexao fechada no meio do envio: " + r.erroDeEscrita());
            }
            if (r.status() == 0) {
                uploadsSemResposta++;
                registrarFalha(descricao + " -> sem resposta: " + r.cabecalhos());
                continue;
            }
            contagemPorStatus.merge(String.valueOf(r.status()), 1L, Long::sum);
            int esperado = "anonimo".equals(caso[0]) ? 401 : 413;
            if (r.status() == 413) {
                respostas413++;
            } else {
                recusadosPorAcesso += r.status() == 401 || r.status() == 403 ? 1 : 0;
            }
            if (r.status() != esperado || !r.cabecalhos().toLowerCase().contains("content-type: application/problem+json")) {
                registrarFalha(descricao + " -> esperado " + esperado + " problem+json, veio " + r.status() + ": "
                        + resumo(r.cabecalhos()));
            }
        }

        Map<String, Long> depois = contagens(jdbc, contagemSql);
        if (!depois.equals(antes)) {
            registrarFalha("envios grandes demais alteraram dados: " + diferenca(antes, depois));
        }
        // Tomcat spools parts to its temporary directory; a refused upload must not leave a file behind.
        Map<String, String> sobras = Esperar.ateOuUltimo(Duration.ofSeconds(5), () -> {
            Map<String, String> agora = temporariosDeUpload();
            agora.keySet().removeAll(temporariosAntes.keySet());
            return agora;
        }, Map::isEmpty);
        if (!sobras.isEmpty()) {
            registrarFalha("arquivos temporarios deixados pelos envios recusados: " + sobras);
        }

        // An empty file is refused with the rule's name; nothing changes.
        Pedido vazio = multipart(dono, "arquivo", "vazio.pdf", "application/pdf", new byte[0]);
        ClienteHttp.Resposta r = enviar(requerente, "REQUERENTE", vazio);
        if (r != null && (r.status() != 422 || !r.corpo().contains("documento-vazio"))) {
            registrarFalha("REQUERENTE", vazio, "esperado 422 documento-vazio, veio " + r.status() + " " + resumo(r.corpo()));
        }
        depois = contagens(jdbc, contagemSql);
        if (!depois.equals(antes)) {
            registrarFalha("REQUERENTE", vazio, "arquivo vazio alterou dados: " + diferenca(antes, depois));
        }

        // A zip that expands to 200 MB is a legitimate zip to this API: it is stored as sent and never expanded,
        // so it is answered at once and costs its compressed size.
        Pedido zip = multipart(dono, "arquivo", "bomba.zip", "application/zip", bombaDeDescompressao());
        long inicioDaBomba = System.nanoTime();
        r = enviar(requerente, "REQUERENTE", zip);
        long ms = (System.nanoTime() - inicioDaBomba) / 1_000_000;
        if (r != null) {
            bomba = r.status() + " em " + ms + " ms" + (r.status() == 201 ? ", guardada com " + r.json().get("tamanho").asLong()
                    + " bytes (enviada com " + zip.corpo().length + ")" : "");
            if (r.status() == 201 && r.json().get("tamanho").asLong() > zip.corpo().length) {
                registrarFalha("REQUERENTE", zip, "bomba de descompressao expandida: " + bomba);
            } else if (r.status() / 100 != 2 && r.status() / 100 != 4) {
                registrarFalha("REQUERENTE", zip, "resposta inesperada: " + bomba);
            }
        }
        duracaoDosEnviosMs = (System.nanoTime() - inicio) / 1_000_000;
        return estabilizar(jdbc, contagemSql);
    }

    /** An oversized upload is refused: 413 for whoever may upload (the size is checked before anything else), else 401/403. */
    private void conferirRecusaDeTamanho(String nome, Pedido p, ClienteHttp.Resposta r) {
        if (r == null) {
            uploadsSemResposta++;
            return;
        }
        if (r.status() == 413) {
            respostas413++;
            if (!r.corpo().contains("\"title\":\"Conteúdo grande demais\"")) {
                registrarFalha(nome, p, "413 sem o problema em portugues: " + resumo(r.corpo()));
            }
        } else if (r.status() == 401 || r.status() == 403) {
            recusadosPorAcesso++;
        }
        // Applicants and staff upload to /documentos; other paths and roles may be refused by access rules first.
        boolean deveSer413 = ENVIAM_ARQUIVOS.contains(nome) && p.caminho().endsWith("/documentos");
        if (deveSer413 ? r.status() != 413 : r.status() != 413 && r.status() != 401 && r.status() != 403) {
            registrarFalha(nome, p, "esperado 413 (ou 401/403 para quem nao envia arquivos), veio " + r.status() + " "
                    + resumo(r.corpo()));
        }
    }

    /** Files Tomcat spools multipart parts to, by name and size. */
    private Map<String, String> temporariosDeUpload() {
        java.io.File dir = (java.io.File) servlet.getAttribute(jakarta.servlet.ServletContext.TEMPDIR);
        Map<String, String> arquivos = new java.util.TreeMap<>();
        try (var lista = java.nio.file.Files.walk(dir.toPath())) {
            lista.filter(java.nio.file.Files::isRegularFile).forEach(f -> arquivos.put(f.toString(), String.valueOf(f.toFile().length())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return arquivos;
    }

    private static byte[] multipartDeZeros(int tamanho) {
        byte[] conteudo = new byte[tamanho];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, conteudo, 0, 9);
        return multipart("", "arquivo", "grande.pdf", "application/pdf", conteudo).corpo();
    }

    record RespostaBruta(int status, String cabecalhos, String erroDeEscrita) {
    }

    /**
     * A client that writes the whole request before reading the answer (many simple HTTP clients do). If the server
     * closes the connection mid-body, the write fails and, across a real network, the answer is often lost with it.
     */
    private static RespostaBruta enviarSemLer(int porta, String token, String caminho, int tamanho, boolean emPedacos) {
        byte[] cabeca = ("--limite\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"grande.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pe = "\r\n--limite--\r\n".getBytes(StandardCharsets.US_ASCII);
        StringBuilder requisicao = new StringBuilder("POST " + caminho + " HTTP/1.1\r\nHost: 127.0.0.1:" + porta
                + "\r\nContent-Type: multipart/form-data; boundary=limite\r\nConnection: close\r\n");
        if (token != null) {
            requisicao.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        requisicao.append(emPedacos ? "Transfer-Encoding: chunked\r\n"
                : "Content-Length: " + (cabeca.length + (long) tamanho + pe.length) + "\r\n").append("\r\n");
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", porta)) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream saida = socket.getOutputStream();
            String erroDeEscrita = null;
            try {
                saida.write(requisicao.toString().getBytes(StandardCharsets.US_ASCII));
                escreverBloco(saida, cabeca, cabeca.length, emPedacos);
                byte[] zeros = new byte[MB];
                for (int falta = tamanho; falta > 0; falta -= zeros.length) {
                    escreverBloco(saida, zeros, Math.min(falta, zeros.length), emPedacos);
                }
                escreverBloco(saida, pe, pe.length, emPedacos);
                if (emPedacos) {
                    saida.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                saida.flush();
            } catch (java.io.IOException e) {
                erroDeEscrita = e.toString();
            }
            byte[] resposta;
            try {
                resposta = socket.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                return new RespostaBruta(0, e.toString(), erroDeEscrita);
            }
            String texto = new String(resposta, StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher linha = java.util.regex.Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(texto);
            int fim = texto.indexOf("\r\n\r\n");
            return new RespostaBruta(linha.find() ? Integer.parseInt(linha.group(1)) : 0,
                    fim < 0 ? texto : texto.substring(0, fim), erroDeEscrita);
        } catch (java.io.IOException e) {
            return new RespostaBruta(0, e.toString(), null);
        }
    }

    private static void escreverBloco(java.io.OutputStream saida, byte[] bloco, int tamanho, boolean emPedacos)
            throws java.io.IOException {
        if (emPedacos) {
            saida.write((Integer.toHexString(tamanho) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        saida.write(bloco, 0, tamanho);
        if (emPedacos) {
            saida.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Uploads as an attacker sends them: wrong type, empty, oversized part, a decompression bomb, a broken multipart. */
    private static List<Pedido> uploadsHostis(String caminho) {
        List<Pedido> pedidos = new ArrayList<>();
        pedidos.add(multipart(caminho, "arquivo", "laudo.pdf", "application/x-msdownload", "MZ\u0090\u0000 executavel".getBytes(StandardCharsets.ISO_8859_1)));
        pedidos.add(multipart(caminho, "arquivo", "vazio.pdf", "application/pdf", new byte[0]));
        pedidos.add(multipart(caminho, "arquivo", "bomba.zip", "application/zip", bombaDeDescompressao()));
        pedidos.add(multipart(caminho, "arquivo", "../../../etc/passwd", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        pedidos.add(new Pedido("POST", caminho, "multipart/form-data; boundary=limite",
                "--limite\r\nContent-Disposition: form-data; name=\"arquivo\"\r\n\r\nsem fim".getBytes(StandardCharsets.US_ASCII)));
        pedidos.add(new Pedido("POST", caminho, "multipart/form-data", "sem boundary".getBytes(StandardCharsets.US_ASCII)));
        // More parts than the container takes (50), and a part header over its 512-byte limit.
        StringBuilder partes = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            partes.append("--limite\r\nContent-Disposition: form-data; name=\"campo").append(i).append("\"\r\n\r\nx\r\n");
        }
        pedidos.add(new Pedido("POST", caminho, "multipart/form-data; boundary=limite",
                (partes + "--limite--\r\n").getBytes(StandardCharsets.US_ASCII)));
        pedidos.add(multipart(caminho, "arquivo", "a".repeat(2000) + ".pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        return pedidos;
    }

    private static Pedido multipart(String caminho, String campo, String arquivo, String tipo, byte[] conteudo) {
        ByteArrayOutputStream corpo = new ByteArrayOutputStream();
        corpo.writeBytes(("--limite\r\nContent-Disposition: form-data; name=\"" + campo + "\"; filename=\"" + arquivo
                + "\"\r\nContent-Type: " + tipo + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corpo.writeBytes(conteudo);
        corpo.writeBytes("\r\n--limite--\r\n".getBytes(StandardCharsets.US_ASCII));
        return new Pedido("POST", caminho, "multipart/form-data; boundary=limite", corpo.toByteArray());
    }

    /** 200 MB of zeros in a zip of about 200 KB: harmless to send, ruinous to expand in memory. */
    private static byte[] bombaDeDescompressao() {
        ByteArrayOutputStream saida = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(saida)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return saida.toByteArray();
    }

    private static List<byte[]> jsonQuebrado() {
        List<byte[]> corpos = new ArrayList<>();
        for (String s : List.of("", "{", "}", "null", "[]", "\"texto\"", "123", "{\"a\":}", "{'a':1}", "{\"a\":1,}",
                "{\"a\":1}{\"b\":2}", "{\"a\":\"\\uD800\"}", "{\"a\":1e99999}", "\uFEFF{}", "[".repeat(5000) + "]".repeat(5000),
                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "{\"x\":\"" + "y".repeat(2_000_000) + "\"}")) {
            corpos.add(s.getBytes(StandardCharsets.UTF_8));
        }
        corpos.add(new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        corpos.add(new byte[]{(byte) 0xFF, (byte) 0xFE, 0, 0});
        return corpos;
    }

    /** Every property at every depth: removed, null, each wrong type, each hostile string; plus unknown and many fields. */
    private static List<JsonNode> mutacoes(JsonNode valido) {
        List<JsonNode> mutados = new ArrayList<>();
        for (List<String> caminho : caminhosDePropriedades(valido, new ArrayList<>())) {
            mutados.add(alterar(valido, caminho, null));
            for (JsonNode errado : amostra(TIPOS_ERRADOS, String.join(".", caminho), 3)) {
                mutados.add(alterar(valido, caminho, errado));
            }
            for (String hostil : amostra(HOSTIS, String.join(".", caminho), 5)) {
                mutados.add(alterar(valido, caminho, NOS.stringNode(hostil)));
            }
        }
        ObjectNode extra = valido.isObject() ? ((ObjectNode) valido).deepCopy() : NOS.objectNode();
        extra.put("campoDesconhecido", "x").put("_id", "{\"$oid\":\"0\"}").put("__proto__", "{}");
        mutados.add(extra);
        ObjectNode muitos = NOS.objectNode();
        for (int i = 0; i < 20_000; i++) {
            muitos.put("c" + i, i);
        }
        mutados.add(muitos);
        return mutados;
    }

    private static List<List<String>> caminhosDePropriedades(JsonNode no, List<String> prefixo) {
        List<List<String>> caminhos = new ArrayList<>();
        if (!no.isObject()) {
            return caminhos;
        }
        for (String nome : no.propertyNames()) {
            List<String> caminho = new ArrayList<>(prefixo);
            caminho.add(nome);
            caminhos.add(caminho);
            caminhos.addAll(caminhosDePropriedades(no.get(nome), caminho));
        }
        return caminhos;
    }

    /** A copy with the property at this path replaced, or removed when {@code valor} is null. */
    private static JsonNode alterar(JsonNode original, List<String> caminho, JsonNode valor) {
        JsonNode copia = original.deepCopy();
        ObjectNode pai = (ObjectNode) copia;
        for (int i = 0; i < caminho.size() - 1; i++) {
            pai = (ObjectNode) pai.get(caminho.get(i));
        }
        String ultimo = caminho.get(caminho.size() - 1);
        if (valor == null) {
            pai.remove(ultimo);
        } else {
            pai.set(ultimo, valor);
        }
        return copia;
    }

    /** Long form: one systematic request with a random hostile value spliced into a random place of its body. */
    private static Pedido combinar(Pedido base, Random aleatorio) {
        if (base.corpo().length == 0 || base.corpo().length > 100_000 || base.corpo()[0] != '{') {
            return base;
        }
        try {
            JsonNode corpo = JSON.readTree(base.corpo());
            List<List<String>> caminhos = caminhosDePropriedades(corpo, new ArrayList<>());
            for (int i = 0; i < 1 + aleatorio.nextInt(3) && !caminhos.isEmpty(); i++) {
                List<String> caminho = caminhos.get(aleatorio.nextInt(caminhos.size()));
                JsonNode valor = aleatorio.nextBoolean() ? TIPOS_ERRADOS.get(aleatorio.nextInt(TIPOS_ERRADOS.size()))
                        : NOS.stringNode(HOSTIS.get(aleatorio.nextInt(HOSTIS.size())));
                try {
                    corpo = alterar(corpo, caminho, valor);
                } catch (ClassCastException | NullPointerException caminhoJaAlterado) {
                    // An earlier change replaced a parent object; this combination keeps the earlier change.
                }
            }
            return new Pedido(base.metodo(), base.caminho(), base.contentType(), bytes(corpo));
        } catch (RuntimeException naoEJson) {
            return base;
        }
    }

    // ---- valid values from the schemas --------------------------------------------------------------------------

    private static JsonNode valido(JsonNode documento, JsonNode schema, String nome, int profundidade) {
        schema = resolver(documento, schema);
        if (schema.has("allOf")) {
            schema = resolver(documento, schema.get("allOf").get(0));
        }
        String tipo = schema.path("type").asString("");
        if (schema.has("properties") || "object".equals(tipo)) {
            ObjectNode objeto = NOS.objectNode();
            if (profundidade < 4) {
                for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                    objeto.set(p.getKey(), valido(documento, p.getValue(), p.getKey(), profundidade + 1));
                }
            }
            return objeto;
        }
        return switch (tipo) {
            case "array" -> NOS.arrayNode().add(valido(documento, schema.path("items"), nome, profundidade + 1));
            case "integer", "number" -> NOS.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
            case "boolean" -> NOS.booleanNode(true);
            default -> NOS.stringNode(textoValido(documento, schema, nome));
        };
    }

    /** A plausible value: the first enum constant, the known formats and patterns of this API, else plain text. */
    private static String textoValido(JsonNode documento, JsonNode schema, String nome) {
        schema = resolver(documento, schema);
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if (schema.has("default")) {
            return schema.get("default").asString();
        }
        if (nome.equals("bbox")) {
            // The public map's box (west,south,east,north): a valid one, so hostile values mutate a working request.
            return "-48.3,-16.1,-47.3,-15.5";
        }
        String padrao = schema.path("pattern").asString("");
        String formato = schema.path("format").asString("");
        if (padrao.contains("\\d{4}-\\d/\\d{2}")) {
            return "0155-5/05";
        }
        if (padrao.contains("\\d{7}")) {
            return "3106200";
        }
        return switch (formato) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2025-01-31";
            case "date-time" -> "2025-01-31T12:00:00Z";
            case "int32", "int64" -> "1";
            default -> "integer".equals(schema.path("type").asString("")) ? "1"
                    : nome.toLowerCase().contains("email") ? "fuzzer@exemplo.com.br" : "valor de teste";
        };
    }

    private static JsonNode resolver(JsonNode documento, JsonNode no) {
        while (no != null && no.has("$ref")) {
            String ref = no.get("$ref").asString();
            JsonNode alvo = documento;
            for (String parte : ref.substring(2).split("/")) {
                alvo = alvo.path(parte);
            }
            no = alvo;
        }
        return no;
    }

    private static List<Operacao> operacoes(JsonNode documento) {
        List<Operacao> operacoes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> caminho : documento.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> metodo : caminho.getValue().properties()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(metodo.getKey())) {
                    operacoes.add(new Operacao(metodo.getKey().toUpperCase(), caminho.getKey(), metodo.getValue()));
                }
            }
        }
        return operacoes;
    }

    private static Pedido pedido(String metodo, String modelo, Map<String, String> caminho, Map<String, String> consulta,
                                 String tipoDoCorpo, JsonNode corpo) {
        return new Pedido(metodo, url(modelo, caminho, consulta), corpo == null ? null : tipoDoCorpo,
                corpo == null ? new byte[0] : bytes(corpo));
    }

    private static String url(String modelo, Map<String, String> caminho, Map<String, String> consulta) {
        String url = modelo;
        for (Map.Entry<String, String> p : caminho.entrySet()) {
            url = url.replace("{" + p.getKey() + "}", codificar(p.getValue()));
        }
        StringBuilder completa = new StringBuilder(url);
        char separador = '?';
        for (Map.Entry<String, String> p : consulta.entrySet()) {
            completa.append(separador).append(codificar(p.getKey())).append('=').append(codificar(p.getValue()));
            separador = '&';
        }
        return completa.toString();
    }

    private static String codificar(String valor) {
        return URLEncoder.encode(valor, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static byte[] bytes(JsonNode no) {
        return JSON.writeValueAsBytes(no);
    }

    private static String resumo(String texto) {
        return texto.length() <= 160 ? texto : texto.substring(0, 160) + "...(" + texto.length() + ")";
    }

    // ---- what is stored ----------------------------------------------------------------------------------------

    /** One query counting the rows of every table of every schema: new tables are covered without editing this test. */
    private static String contagemDeTodasAsTabelas(JdbcTemplate jdbc) {
        List<String> partes = jdbc.queryForList("""
                        SELECT format('SELECT %L AS tabela, count(*) AS linhas FROM %I.%I', table_schema || '.' || table_name,
                                      table_schema, table_name)
                        FROM information_schema.tables
                        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')""",
                String.class);
        return String.join(" UNION ALL ", partes);
    }

    private Map<String, Long> contagens(JdbcTemplate jdbc, String sql) {
        Map<String, Long> contagem = new java.util.TreeMap<>();
        jdbc.query(sql, rs -> {
            contagem.put(rs.getString(1), rs.getLong(2));
        });
        for (String colecao : mongo.getCollectionNames()) {
            contagem.put("mongo." + colecao, mongo.getCollection(colecao).countDocuments());
        }
        return contagem;
    }

    /** Counts once projections have caught up: two equal readings 300 ms apart, within 30 s. */
    private Map<String, Long> estabilizar(JdbcTemplate jdbc, String sql) throws InterruptedException {
        Map<String, Long> anterior = contagens(jdbc, sql);
        long fim = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < fim) {
            Thread.sleep(300);
            Map<String, Long> atual = contagens(jdbc, sql);
            if (atual.equals(anterior)) {
                return atual;
            }
            anterior = atual;
        }
        return anterior;
    }

    private static String diferenca(Map<String, Long> antes, Map<String, Long> depois) {
        Map<String, String> diferencas = new LinkedHashMap<>();
        depois.forEach((tabela, n) -> {
            if (!n.equals(antes.get(tabela))) {
                diferencas.put(tabela, antes.get(tabela) + " -> " + n);
            }
        });
        antes.keySet().stream().filter(t -> !depois.containsKey(t)).forEach(t -> diferencas.put(t, "removida"));
        return diferencas.toString();
    }
}
