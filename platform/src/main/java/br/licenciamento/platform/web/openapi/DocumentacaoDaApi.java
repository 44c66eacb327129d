package br.licenciamento.platform.web.openapi;

import br.licenciamento.api.comum.DiasLegais;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes the document springdoc infers from the controllers, so a client team can build on it alone: texts and
 * examples from the modules' bundles ({@link TextosDaApi}), one problem+json schema for every error, the error
 * statuses each operation can answer, and the headers the platform reads and sets.
 * <p>
 * The error statuses follow from what every endpoint shares (platform filters, security, exception handlers), so
 * they are derived here from the operation's shape rather than repeated on each controller:
 * 400 (parameters, body, or the read position of a GET), 401/403 (any operation that is not public), 404 (an id in
 * the path), 406 (an answer with a body), 409/422 (a write: concurrent change, duplicate, domain rule), 412
 * ({@code If-Match}), 413/415 (a request body), 503 (a dependency down, with {@code Retry-After}).
 */
public class DocumentacaoDaApi implements OpenApiCustomizer, Ordered {

    public static final String PROBLEMA = "Problema";
    public static final String ERRO_DE_CAMPO = "ErroDeCampo";
    public static final String TIPO_PROBLEMA = "application/problem+json";

    static final String CORRELACAO = "X-Correlation-Id";
    static final String POSICAO = "X-Posicao-De-Leitura";
    static final String IDEMPOTENCIA = "Idempotency-Key";
    static final String VERSAO_ESPERADA = "If-Match";
    static final String SE_MUDOU = "If-None-Match";
    static final String REPETIDA = "Idempotent-Replayed";

    private static final Set<String> ESCRITAS = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What each error status means for every operation that can answer it; a module's bundle may say more. */
    private static final Map<String, String> ERROS = new TreeMap<>(Map.ofEntries(
            Map.entry("400", "Requisição inválida: um parâmetro, cabeçalho ou campo do corpo está ausente ou mal formado; "
                    + "'erros' diz qual campo e por quê."),
            Map.entry("401", "Falta o token de acesso, ou ele expirou ou é inválido."),
            Map.entry("403", "O papel do usuário não permite esta operação, ou a regra em 'regra' não a admite para este "
                    + "recurso."),
            Map.entry("404", "Não existe recurso com este identificador, ou ele pertence a alguém que o usuário não "
                    + "representa (a resposta é a mesma, para não revelar que existe)."),
            Map.entry("406", "O cabeçalho Accept pede um formato que esta operação não produz."),
            Map.entry("409", "Conflito com o estado atual: o recurso foi alterado ao mesmo tempo por outra requisição, já "
                    + "existe (por exemplo o mesmo CPF ou CNPJ), ou a mesma Idempotency-Key ainda está em processamento."),
            Map.entry("412", "O If-Match não corresponde à versão atual; 'versaoAtual' traz a versão para reler e tentar de "
                    + "novo."),
            Map.entry("413", "O corpo ou o arquivo passa do tamanho máximo aceito."),
            Map.entry("415", "O Content-Type do corpo não é aceito por esta operação."),
            Map.entry("422", "O pedido é válido, mas uma regra do licenciamento o recusa; 'regra' diz qual."),
            Map.entry("503", "Um serviço de que a plataforma depende está fora do ar, ou a leitura não alcançou a posição "
                    + "pedida em X-Posicao-De-Leitura; repita depois de Retry-After (com a mesma Idempotency-Key, é seguro).")));

    /** A date relative to today in an example: {@code ${hoje}}, {@code ${hoje+30d}}, {@code ${hoje+6m}}, {@code ${hoje+1a}}. */
    private static final Pattern DATA_RELATIVA = Pattern.compile("\\$\\{hoje(?:([+-]\\d+)([dma]))?}");

    /** springdoc's own descriptions of a success (HTTP reason phrases, in English). */
    private static final Set<String> PADROES_DO_SPRINGDOC = Set.of("OK", "Created", "Accepted", "No Content",
            "default response");
    private static final Map<String, String> SUCESSOS = Map.of(
            "200", "Sucesso: o corpo traz o que foi pedido.",
            "201", "Criado: o corpo traz o novo recurso e Location aponta o seu endereço.",
            "202", "Aceito: o pedido foi registrado.",
            "204", "Feito: a resposta não tem corpo.");

    private final TextosDaApi textos;
    private final Supplier<Clock> relogio;

    /**
     * @param relogio the platform's clock: examples dated relative to today stay valid (a procuração that starts
     *                today, a fee slip due in 30 days) on every day the document is built, also on a moved test or
     *                homologation clock
     */
    public DocumentacaoDaApi(TextosDaApi textos, Supplier<Clock> relogio) {
        this.textos = textos;
        this.relogio = relogio;
    }

    /** The text with each relative date replaced by the day it means today (ISO-8601, Brasília). */
    String comDatas(String texto) {
        Matcher datas = DATA_RELATIVA.matcher(texto);
        StringBuilder resultado = new StringBuilder();
        while (datas.find()) {
            LocalDate dia = DiasLegais.hoje(relogio.get());
            if (datas.group(1) != null) {
                long quantidade = Long.parseLong(datas.group(1));
                dia = switch (datas.group(2)) {
                    case "d" -> dia.plusDays(quantidade);
                    case "m" -> dia.plusMonths(quantidade);
                    default -> dia.plusYears(quantidade);
                };
            }
            datas.appendReplacement(resultado, dia.toString());
        }
        datas.appendTail(resultado);
        return resultado.toString();
    }

    /** After the customizers of the modules and of security, so it sees their operations and security requirements. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customise(OpenAPI api) {
        Components componentes = api.getComponents() != null ? api.getComponents() : new Components();
        api.setComponents(componentes);
        if (componentes.getSchemas() == null) {
            componentes.setSchemas(new LinkedHashMap<>());
        }
        registrarProblema(componentes);
        registrarCabecalhos(componentes);
        componentes.getSchemas().forEach((nome, esquema) -> descrever(nome, esquema, componentes.getSchemas()));
        componentes.getSchemas().forEach((nome, esquema) -> exemplosCompostos(esquema, componentes));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((caminho, item) -> item.readOperationsMap().forEach((metodo, operacao) ->
                documentar(api, caminho, metodo, operacao, componentes)));
    }

    private void registrarProblema(Components componentes) {
        ObjectSchema erro = new ObjectSchema();
        erro.description("Um campo recusado e o motivo.");
        erro.addProperty("campo", new StringSchema().description("Nome do campo, parâmetro ou cabeçalho recusado, com o "
                + "caminho no JSON quando aninhado.").example("endereco.cep"));
        erro.addProperty("mensagem", new StringSchema().description("Por que o valor foi recusado.")
                .example("deve ter 8 dígitos"));
        componentes.addSchemas(ERRO_DE_CAMPO, erro);

        ObjectSchema problema = new ObjectSchema();
        problema.description("Erro no formato RFC 9457 (application/problem+json), em português. 'type' é estável por "
                + "tipo de problema; 'title' e 'detail' são para pessoas.");
        problema.addProperty("type", new StringSchema().format("uri").description("Identificador estável do tipo de "
                + "problema (urn:licenciamento:problema:<tipo>).").example("urn:licenciamento:problema:regra-violada"));
        problema.addProperty("title", new StringSchema().description("Resumo do tipo de problema.")
                .example("Regra de negócio violada"));
        problema.addProperty("status", new IntegerSchema().description("O mesmo código de status HTTP da resposta.")
                .example(422));
        problema.addProperty("detail", new StringSchema().description("Explicação desta ocorrência, dizendo o que fazer.")
                .example("A vistoria só pode ser registrada com o processo em análise."));
        problema.addProperty("instance", new StringSchema().format("uri-reference").description("Endereço da requisição "
                + "que causou o problema.").example("/api/v1/processos/6f1c2a9e-3b7d-4e21-9a55-0c8d2f4b7e10/vistorias"));
        problema.addProperty("regra", new StringSchema().description("Em 403, 409, 412 e 422: a regra do licenciamento "
                + "que recusou o pedido, estável para tratamento automático.").example("processo-fora-da-analise"));
        problema.addProperty("erros", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + ERRO_DE_CAMPO))
                .description("Em 400: cada campo recusado, com o motivo.")
                .example(List.of(Map.of("campo", "endereco.cep", "mensagem", "deve ter 8 dígitos"))));
        problema.addProperty("versaoAtual", new IntegerSchema().format("int64").description("Em 412: a versão atual do "
                + "recurso, para reler e enviar de novo com If-Match.").example(7));
        problema.addProperty("pessoaExistenteId", new StringSchema().description("Em 409 no cadastro de pessoas: a pessoa "
                + "que já tem este CPF ou CNPJ.").example("0c9b7f3e-2a41-4d8e-b6f5-91e3a7d2c480"));
        problema.required(List.of("type", "title", "status", "detail"));
        componentes.addSchemas(PROBLEMA, problema);
    }

    private static void registrarCabecalhos(Components componentes) {
        componentes.addHeaders(CORRELACAO, new Header().description("Identificador de correlação da requisição: o enviado "
                + "pelo cliente ou um novo. Informe-o ao suporte para seguir a requisição em cada comando e evento.")
                .schema(new StringSchema().example("3f2b8c1e-9d4a-4e7b-8a6f-5c1d2e3f4a5b")));
        componentes.addHeaders("ETag", new Header().description("Versão do recurso entre aspas; envie-a em If-Match na "
                + "próxima etapa (ou em If-None-Match numa leitura pública).").schema(new StringSchema().example("\"3\"")));
        componentes.addHeaders("Location", new Header().description("Endereço do recurso criado ou do andamento da "
                + "operação.").schema(new StringSchema().format("uri-reference")
                .example("/api/v1/processos/6f1c2a9e-3b7d-4e21-9a55-0c8d2f4b7e10")));
        componentes.addHeaders("Retry-After", new Header().description("Segundos a esperar antes de repetir a requisição.")
                .schema(new IntegerSchema().example(5)));
        componentes.addHeaders(POSICAO, new Header().description("Posição do fluxo de eventos que inclui esta escrita. "
                + "Envie-a na leitura seguinte (cabeçalho X-Posicao-De-Leitura) para ler o que acabou de escrever; só na "
                + "plataforma embutida.").schema(new IntegerSchema().format("int64").example(1024)));
        componentes.addHeaders("Cache-Control", new Header().description("Por quanto tempo a resposta pode ser guardada "
                + "em cache.").schema(new StringSchema().example("public, max-age=60")));
        componentes.addHeaders("Repr-Digest", new Header().description("SHA-256 do conteúdo (RFC 9530), para conferir "
                + "o arquivo baixado.").schema(new StringSchema()
                .example("sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:")));
        componentes.addHeaders("X-Accel-Buffering", new Header().description("Sempre 'no': pede ao proxy que entregue "
                + "cada evento do fluxo na hora, sem juntá-los.").schema(new StringSchema().example("no")));
        componentes.addHeaders(REPETIDA, new Header().description("Presente (true) quando a resposta é a guardada para a "
                + "mesma Idempotency-Key: o pedido não foi executado de novo.").schema(new StringSchema().example("true")));
        componentes.addHeaders("Content-Disposition", new Header().description("Nome do arquivo baixado.")
                .schema(new StringSchema().example("attachment; filename=\"LP-2026-000042-7.pdf\"")));

        componentes.addParameters(CORRELACAO, new Parameter().in("header").name(CORRELACAO).required(false)
                .description("Identificador de correlação escolhido pelo cliente (até 100 caracteres); sem ele, a "
                        + "plataforma cria um. Volta na resposta e segue cada comando e evento causado.")
                .schema(new StringSchema().maxLength(100).example("3f2b8c1e-9d4a-4e7b-8a6f-5c1d2e3f4a5b")));
        componentes.addParameters(IDEMPOTENCIA, new Parameter().in("header").name(IDEMPOTENCIA).required(false)
                .description("Chave escolhida pelo cliente (1 a 120 caracteres) para repetir o pedido com segurança: "
                        + "a primeira resposta 2xx é guardada por 24 horas e devolvida a cada repetição com o mesmo corpo; "
                        + "a mesma chave com outro corpo é recusada (422).")
                .schema(new StringSchema().minLength(1).maxLength(120).example("protocolo-2026-000042-tentativa-1")));
        componentes.addParameters(POSICAO, new Parameter().in("header").name(POSICAO).required(false)
                .description("Leitura das próprias escritas: o valor de X-Posicao-De-Leitura da resposta a um comando. "
                        + "A leitura espera os modelos de leitura alcançarem essa posição (503 se não alcançarem a tempo).")
                .schema(new IntegerSchema().format("int64").example(1024)));
        componentes.addParameters(SE_MUDOU, new Parameter().in("header").name(SE_MUDOU).required(false)
                .description("O ETag de uma resposta anterior: se nada mudou, a resposta é 304 sem corpo.")
                .schema(new StringSchema().example("\"5d41402abc4b2a76b9719d911017c592\"")));
    }

    private void descrever(String nome, Schema<?> esquema, Map<String, Schema> esquemas) {
        String generico = generico(nome, esquemas);
        textos.texto(nome + ".descricao")
                .or(() -> generico == null ? Optional.empty() : textos.texto(generico + ".descricao")
                        .map(texto -> texto.replace("{itens}", nome.substring(generico.length()))))
                .ifPresent(esquema::setDescription);
        if (esquema.getProperties() == null) {
            return;
        }
        esquema.getProperties().forEach((propriedade, valor) -> {
            textos.texto(nome + "." + propriedade + ".descricao")
                    .or(() -> generico == null ? Optional.empty() : textos.texto(generico + "." + propriedade + ".descricao"))
                    .ifPresent(valor::setDescription);
            textos.texto(nome + "." + propriedade + ".exemplo")
                    .or(() -> generico == null ? Optional.empty() : textos.texto(generico + "." + propriedade + ".exemplo"))
                    .ifPresent(exemplo -> valor.setExample(valor(nome + "." + propriedade, comDatas(exemplo), valor)));
            if (valor.getExample() == null && valor.getEnum() != null && !valor.getEnum().isEmpty()) {
                // An enumeration's first value is a valid example; a bundle can choose a better one.
                valor.setExample(valor.getEnum().get(0));
            }
        });
    }

    /**
     * The generic record a schema was made of: springdoc names {@code Pagina<UsuarioVisao>} "PaginaUsuarioVisao", so a
     * schema whose name is a bundle's generic ({@code Pagina.descricao}) followed by another schema's name takes the
     * generic's texts, and one text serves every list of the API.
     */
    private String generico(String nome, Map<String, Schema> esquemas) {
        for (int corte = nome.length() - 1; corte > 0; corte--) {
            String prefixo = nome.substring(0, corte);
            if (esquemas.containsKey(nome.substring(corte)) && textos.texto(prefixo + ".descricao").isPresent()
                    && textos.texto(prefixo + ".descricao").get().contains("{itens}")) {
                return prefixo;
            }
        }
        return null;
    }

    /** A property that holds another schema (or a list of them) gets that schema's example, built from its properties. */
    private void exemplosCompostos(Schema<?> esquema, Components componentes) {
        if (esquema.getProperties() == null) {
            return;
        }
        esquema.getProperties().forEach((propriedade, valor) -> {
            if (valor.getExample() == null) {
                Object exemplo = exemplo(valor, componentes, 0);
                if (exemplo != null) {
                    valor.setExample(exemplo);
                }
            }
        });
    }

    /** The example of a schema as a client would send it: its own, or one composed of its properties' examples. */
    static Object exemplo(Schema<?> esquema, Components componentes, int profundidade) {
        if (esquema == null || profundidade > 6) {
            return null;
        }
        if (esquema.getExample() != null) {
            return esquema.getExample();
        }
        if (esquema.get$ref() != null) {
            String nome = esquema.get$ref().substring(esquema.get$ref().lastIndexOf('/') + 1);
            return exemplo(componentes.getSchemas().get(nome), componentes, profundidade + 1);
        }
        if (esquema.getItems() != null) {
            Object item = exemplo(esquema.getItems(), componentes, profundidade + 1);
            return item == null ? null : List.of(item);
        }
        if (esquema.getProperties() == null || esquema.getProperties().isEmpty()) {
            return null;
        }
        Map<String, Object> objeto = new LinkedHashMap<>();
        esquema.getProperties().forEach((propriedade, valor) -> {
            Object exemplo = exemplo(valor, componentes, profundidade + 1);
            if (exemplo != null) {
                objeto.put(propriedade, exemplo);
            }
        });
        return objeto;
    }

    /** The bundle's text read as the property's type: numbers, booleans, lists and objects are JSON. */
    private static Object valor(String chave, String texto, Schema<?> esquema) {
        String tipo = tipo(esquema);
        try {
            return switch (tipo) {
                case "integer" -> Long.parseLong(texto);
                case "number" -> new BigDecimal(texto);
                case "boolean" -> {
                    if (!texto.equals("true") && !texto.equals("false")) {
                        throw new IllegalArgumentException(texto);
                    }
                    yield Boolean.valueOf(texto);
                }
                case "array" -> texto.startsWith("[") ? JSON.readValue(texto, List.class) : List.of(texto);
                case "object" -> texto.startsWith("{") ? JSON.readValue(texto, Map.class) : texto;
                default -> texto;
            };
        } catch (IllegalArgumentException | JacksonException e) {
            throw new IllegalStateException("Exemplo '" + texto + "' de " + chave + " não é um valor do tipo " + tipo, e);
        }
    }

    static String tipo(Schema<?> esquema) {
        if (esquema.getType() != null) {
            return esquema.getType();
        }
        if (esquema.getTypes() != null && !esquema.getTypes().isEmpty()) {
            return esquema.getTypes().iterator().next();
        }
        return esquema.getItems() != null ? "array" : "object";
    }

    private void documentar(OpenAPI api, String caminho, PathItem.HttpMethod metodoHttp, Operation operacao,
                            Components componentes) {
        String metodo = metodoHttp.name();
        textos.texto(TextosDaApi.operacao(metodo, caminho, "resumo")).ifPresent(operacao::setSummary);
        textos.texto(TextosDaApi.operacao(metodo, caminho, "descricao")).ifPresent(operacao::setDescription);
        // A public operation says so with an empty security list (@SecurityRequirements on its controller).
        boolean publica = operacao.getSecurity() != null && operacao.getSecurity().isEmpty();
        boolean daApi = caminho.startsWith("/api/");
        boolean escrita = ESCRITAS.contains(metodo);
        boolean comCorpo = operacao.getRequestBody() != null;
        boolean comVersaoEsperada = false;
        boolean idempotente = false;
        boolean comParametros = false;

        List<Parameter> parametros = operacao.getParameters() != null ? new ArrayList<>(operacao.getParameters())
                : new ArrayList<>();
        for (Parameter parametro : parametros) {
            comParametros |= !"path".equals(parametro.getIn());
            descreverParametro(metodo, caminho, parametro);
            if ("header".equals(parametro.getIn()) && VERSAO_ESPERADA.equalsIgnoreCase(parametro.getName())) {
                comVersaoEsperada = true;
                parametro.description("A versão lida por último (o ETag da resposta anterior, com ou sem aspas). Se o "
                        + "recurso mudou desde então, a etapa é recusada com 412 e a versão atual; sem o cabeçalho, a "
                        + "etapa vale sobre a versão atual.");
                parametro.setSchema(new StringSchema().example("\"3\""));
            }
        }
        if (daApi) {
            parametros.add(new Parameter().$ref("#/components/parameters/" + CORRELACAO));
            if (metodo.equals("GET")) {
                parametros.add(new Parameter().$ref("#/components/parameters/" + POSICAO));
            }
            if (metodo.equals("POST") && !multipart(operacao)
                    && (caminho.startsWith("/api/v1/processos") || caminho.startsWith("/api/v1/licencas"))) {
                parametros.add(new Parameter().$ref("#/components/parameters/" + IDEMPOTENCIA));
                idempotente = true;
            }
            if (metodo.equals("GET") && caminho.startsWith("/api/v1/publico/")) {
                parametros.add(new Parameter().$ref("#/components/parameters/" + SE_MUDOU));
            }
        }
        operacao.setParameters(parametros);
        exemploDoCorpo(metodo, caminho, operacao, componentes);

        ApiResponses respostas = operacao.getResponses() != null ? operacao.getResponses() : new ApiResponses();
        operacao.setResponses(respostas);
        respostas.entrySet().removeIf(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5"));
        boolean respondeCorpo = false;
        for (Map.Entry<String, ApiResponse> resposta : respostas.entrySet()) {
            if (resposta.getKey().startsWith("2")) {
                respondeCorpo |= resposta.getValue().getContent() != null && !resposta.getValue().getContent().isEmpty();
                sucesso(metodo, caminho, resposta.getKey(), resposta.getValue(), escrita && daApi);
                if (idempotente) {
                    resposta.getValue().addHeaderObject(REPETIDA, referencia(REPETIDA));
                }
            }
        }
        if (metodo.equals("GET") && caminho.startsWith("/api/v1/publico/")) {
            respostas.addApiResponse("304", new ApiResponse().description("Nada mudou desde o ETag enviado em "
                    + "If-None-Match: a resposta não tem corpo.")
                    .addHeaderObject("ETag", referencia("ETag"))
                    .addHeaderObject("Cache-Control", referencia("Cache-Control"))
                    .addHeaderObject(CORRELACAO, referencia(CORRELACAO)));
        }
        if (!daApi) {
            return;
        }
        erro(respostas, metodo, caminho, "400", comParametros || comCorpo || metodo.equals("GET"));
        erro(respostas, metodo, caminho, "401", !publica);
        erro(respostas, metodo, caminho, "403", !publica);
        erro(respostas, metodo, caminho, "404", caminho.contains("{"));
        erro(respostas, metodo, caminho, "406", respondeCorpo);
        erro(respostas, metodo, caminho, "409", escrita);
        erro(respostas, metodo, caminho, "412", comVersaoEsperada);
        erro(respostas, metodo, caminho, "413", comCorpo);
        erro(respostas, metodo, caminho, "415", comCorpo);
        erro(respostas, metodo, caminho, "422", escrita);
        erro(respostas, metodo, caminho, "503", true);
    }

    /**
     * A parameter's text: the operation's own ({@code operacao.<metodo>.<caminho>.parametro.<nome>.descricao}), else the
     * one shared by every operation with a parameter of that name and place ({@code parametro.<in>.<nome>.descricao});
     * the same for {@code .exemplo}.
     */
    private void descreverParametro(String metodo, String caminho, Parameter parametro) {
        if (parametro.getName() == null || parametro.getIn() == null) {
            return;
        }
        String propria = TextosDaApi.operacao(metodo, caminho, "parametro." + parametro.getName());
        String comum = "parametro." + parametro.getIn() + "." + parametro.getName();
        textos.texto(propria + ".descricao").or(() -> textos.texto(comum + ".descricao")).ifPresent(parametro::setDescription);
        textos.texto(propria + ".exemplo").or(() -> textos.texto(comum + ".exemplo")).ifPresent(exemplo -> parametro.setExample(
                parametro.getSchema() != null ? valor(propria, comDatas(exemplo), parametro.getSchema()) : comDatas(exemplo)));
    }

    private void sucesso(String metodo, String caminho, String status, ApiResponse resposta, boolean escrita) {
        if (resposta.getDescription() == null || PADROES_DO_SPRINGDOC.contains(resposta.getDescription())) {
            resposta.setDescription(SUCESSOS.getOrDefault(status, "Sucesso."));
        }
        textos.texto(TextosDaApi.operacao(metodo, caminho, "resposta." + status)).ifPresent(resposta::setDescription);
        if (resposta.getContent() != null && resposta.getContent().containsKey("*/*")) {
            // springdoc writes */* for a controller that does not declare what it produces: the API answers JSON,
            // or the stored bytes of a file.
            MediaType midia = resposta.getContent().remove("*/*");
            boolean bytes = midia.getSchema() != null && "string".equals(tipo(midia.getSchema()))
                    && ("byte".equals(midia.getSchema().getFormat()) || "binary".equals(midia.getSchema().getFormat()));
            if (bytes) {
                midia.setSchema(new StringSchema().format("binary"));
            }
            resposta.getContent().addMediaType(bytes ? "application/octet-stream" : "application/json", midia);
        }
        resposta.addHeaderObject(CORRELACAO, referencia(CORRELACAO));
        if (status.equals("201")) {
            resposta.addHeaderObject("Location", referencia("Location"));
        }
        if (escrita) {
            resposta.addHeaderObject(POSICAO, referencia(POSICAO));
        }
        if (metodo.equals("GET") && caminho.startsWith("/api/v1/publico/")) {
            resposta.addHeaderObject("ETag", referencia("ETag"));
            resposta.addHeaderObject("Cache-Control", referencia("Cache-Control"));
        }
        textos.texto(TextosDaApi.operacao(metodo, caminho, "cabecalhos")).ifPresent(lista -> {
            for (String cabecalho : lista.split(",")) {
                resposta.addHeaderObject(cabecalho.strip(), referencia(cabecalho.strip()));
            }
        });
    }

    private void erro(ApiResponses respostas, String metodo, String caminho, String status, boolean seAplica) {
        if (!seAplica) {
            return;
        }
        ApiResponse resposta = new ApiResponse()
                .description(textos.texto(TextosDaApi.operacao(metodo, caminho, "resposta." + status))
                        .orElse(ERROS.get(status)))
                .content(new Content().addMediaType(TIPO_PROBLEMA, new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEMA))))
                .addHeaderObject(CORRELACAO, referencia(CORRELACAO));
        if (status.equals("503")) {
            resposta.addHeaderObject("Retry-After", referencia("Retry-After"));
        }
        respostas.addApiResponse(status, resposta);
    }

    /** The request body's example: the operation's own from the bundle, else one composed of the schema's examples. */
    private void exemploDoCorpo(String metodo, String caminho, Operation operacao, Components componentes) {
        if (operacao.getRequestBody() == null || operacao.getRequestBody().getContent() == null) {
            return;
        }
        operacao.getRequestBody().getContent().forEach((tipo, midia) -> {
            if (!tipo.startsWith("application/json") || midia.getExample() != null) {
                // A module that builds its example in code (the rule catalogue's) keeps it.
                return;
            }
            Object exemplo = textos.texto(TextosDaApi.operacao(metodo, caminho, "exemplo"))
                    .map(texto -> {
                        try {
                            return JSON.readValue(comDatas(texto), Object.class);
                        } catch (JacksonException e) {
                            throw new IllegalStateException("Exemplo do corpo de " + metodo + " " + caminho
                                    + " não é JSON: " + texto, e);
                        }
                    })
                    .orElseGet(() -> exemplo(midia.getSchema(), componentes, 0));
            if (exemplo != null) {
                midia.setExample(exemplo);
            }
        });
    }

    private static boolean multipart(Operation operacao) {
        return operacao.getRequestBody() != null && operacao.getRequestBody().getContent() != null
                && operacao.getRequestBody().getContent().keySet().stream().anyMatch(t -> t.startsWith("multipart/"));
    }

    private static Header referencia(String cabecalho) {
        return new Header().$ref("#/components/headers/" + cabecalho);
    }
}
