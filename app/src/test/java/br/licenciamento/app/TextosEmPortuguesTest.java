package br.licenciamento.app;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a person reads is written in Portuguese with its accents: the modules' message bundles, the pages
 * (operations page, sign-in page), the gateway's own problem answers and the string literals left in {@code src/main}
 * Java (answers, logs, start-up failures). A word commonly written without its accents ("nao", "situacao",
 * "e obrigatorio"...) fails the test with the file and line. Identifiers are not prose and are left alone: codes in
 * capitals, camelCase, words joined to others by {@code . _ - /} or braces, one-word literals, SQL, quoted codes
 * (“numero”), and the OpenAPI texts
 * (annotations, constants they use, springdoc customizers and the OpenAPI model's {@code .title/.description/.summary}),
 * which the OpenAPI documentation owns.
 */
class TextosEmPortuguesTest {

    private static final Path RAIZ = Path.of("..");
    private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final List<String> MODULOS = List.of("api", "platform", "licenca-command", "licenca-query", "pessoa",
            "auth", "notificacao-saga", "app");

    /** Words that exist only with an accent (or whose unaccented form is another word nobody means here). */
    private static final Set<String> SEM_ACENTO = Set.copyOf(List.of(
            "nao", "voce", "voces", "informacao", "informacoes", "situacao", "situacoes", "analise", "analises", "licenca",
            "licencas", "orgao", "orgaos", "numero", "numeros", "valido", "validos", "validas", "invalido", "invalidos",
            "invalidas", "codigo", "codigos", "periodo", "periodos", "ja", "ate", "apos", "tambem", "solicitacao",
            "solicitacoes", "notificacao", "notificacoes", "requisicao", "requisicoes", "parametro", "parametros",
            "cabecalho", "versao", "versoes", "operacao", "operacoes", "endereco", "enderecos", "municipio", "municipios",
            "conteudo", "metodo", "servico", "servicos", "negocio", "disponivel", "indisponivel", "possivel", "responsavel",
            "tecnico", "tecnica", "fisica", "juridica", "inicio", "relatorio", "relatorios", "decisao", "decisoes",
            "complementacao", "usuario", "usuarios", "pagina", "paginas", "minimo", "maximo", "digitos", "audiencia",
            "declaracao", "sera", "serao", "sao", "estao", "historico", "projecao", "projecoes", "instancia", "instancias",
            "posicao", "conexao", "horario", "aprovacao", "prorrogacao", "renovacao", "suspensao", "descricao", "dossie",
            "obrigatorio", "obrigatoria", "necessario", "necessaria", "ultimo", "ultima", "unico", "unica", "correlacao",
            "autenticacao", "homologacao", "relogio", "proximo", "proxima", "criterio", "sequencia", "sequencias",
            "acoes", "associacoes", "demonstracao", "aplicacoes", "vigencia", "emissao", "redacao", "adesao", "razao",
            "minusculas", "hifen", "previa", "previo", "cidadaos", "area", "areas", "pontuacao", "atribuido", "concluido",
            "reconstroi", "reconstruido", "reconstruida", "construido", "ilegivel", "estatisticas", "transparencia", "mes",
            "tramitacao", "explicito", "codificavel", "migracao", "migracoes", "anotacao", "dependencia", "catalogo",
            "colecao", "indice", "papeis", "demonstracao", "aplicacao", "aplicacoes", "execucao", "configuracao", "sessao",
            "conferencia", "enderecado", "ambito", "especifico", "especifica",
            "proibem", "le", "ha", "so"));

    /** "e" used as the verb (é): after "não", "só", "que"..., or before the adjectives it usually introduces. */
    private static final Pattern E_VERBO = Pattern.compile(
            "(?iu)\\b(?:(?:n[aã]o|s[oó]|que|isto|isso) e\\b(?!-)|e (?:obrigat[oó]ri[oa]|inv[aá]lid[oa]|v[aá]lid[oa]|"
                    + "necess[aá]ri[oa]|poss[ií]vel|permitid[oa]|aceit[oa]|exigid[oa]|segur[oa]|concedid[oa]|bloquead[oa]|"
                    + "renovad[oa]|favor[aá]vel|deferid[oa]|provid[oa]|id[eê]ntic[oa])\\b)");

    private static final Pattern PALAVRA = Pattern.compile("\\p{L}+");
    private static final Pattern SQL = Pattern.compile("\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE|TRUNCATE|WHERE|FROM|"
            + "JOIN|ORDER BY|GROUP BY|VALUES|ON CONFLICT|AND|OR|NOT|CASE|SET|IS NULL)\\b"
            // named parameters, comparisons and snake_case columns: SQL fragments built piece by piece
            + "|\\s:[a-z]\\w*|\\w (?:=|<>) '|\\b[a-z]+_[a-z_]+\\b");
    private static final Set<String> OPENAPI = Set.of("Operation", "Schema", "Parameter", "Parameters", "ApiResponse",
            "ApiResponses", "Tag", "ExampleObject", "Content", "RequestBody", "ArraySchema");
    private static final Set<String> MODELO_OPENAPI = Set.of("title", "description", "summary", "addString");
    /** springdoc customizers write the OpenAPI document only. */
    private static final Pattern PERSONALIZADOR_OPENAPI =
            Pattern.compile("implements\\s+(?:Global)?(?:Operation|OpenApi)Customizer");
    private static final Pattern CONSTANTE = Pattern.compile("static\\s+final\\s+String\\s+([A-Z][A-Z0-9_]*)\\s*=");

    record Achado(Path arquivo, int linha, String motivo, String texto) {
        @Override
        public String toString() {
            return RAIZ.relativize(arquivo) + ":" + linha + ": " + motivo + " em «" + texto.strip() + "»";
        }
    }

    @Test
    void textosQueUmaPessoaLeTemAcentos() throws IOException {
        List<Achado> achados = new ArrayList<>();
        Set<String> constantesDaDocumentacao = constantesDaDocumentacao();
        for (String modulo : MODULOS) {
            Path principal = RAIZ.resolve(modulo).resolve("src/main");
            if (!Files.isDirectory(principal)) {
                continue;
            }
            try (Stream<Path> arquivos = Files.walk(principal)) {
                for (Path arquivo : arquivos.filter(Files::isRegularFile).sorted().toList()) {
                    String nome = arquivo.getFileName().toString();
                    // The modules' texts, and the OpenAPI document's (resources/openapi, platform/README.md).
                    if (nome.endsWith(".properties") && (arquivo.toString().contains("/resources/br/")
                            || arquivo.toString().contains("/resources/openapi/"))) {
                        pacote(arquivo, achados);
                    } else if (nome.endsWith(".html")) {
                        pagina(arquivo, achados);
                    } else if (nome.endsWith(".java")) {
                        java(arquivo, constantesDaDocumentacao, achados);
                    }
                }
            }
        }
        try (Stream<Path> configuracoes = Files.list(RAIZ.resolve("gateway"))) {
            for (Path arquivo : configuracoes.filter(p -> p.toString().endsWith(".conf")).sorted().toList()) {
                gateway(arquivo, achados);
            }
        }
        assertThat(achados).as("texto sem acento (arquivo:linha)").isEmpty();
    }

    /**
     * Every pattern parses as a {@link java.text.MessageFormat} (a broken one would turn a refusal into a 500), and none
     * has a lone apostrophe, which MessageFormat drops (it quotes): the bundles write '' or typographic quotes. The
     * Bean Validation messages ({@code campo.*}, {@code jakarta.*}) are read by Spring and Hibernate Validator instead.
     */
    @Test
    void padroesDosPacotesSaoValidosParaMessageFormat() throws IOException {
        List<Achado> achados = new ArrayList<>();
        for (String modulo : MODULOS) {
            Path recursos = RAIZ.resolve(modulo).resolve("src/main/resources/br");
            if (!Files.isDirectory(recursos)) {
                continue;
            }
            try (Stream<Path> arquivos = Files.walk(recursos)) {
                for (Path arquivo : arquivos.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                    List<String> linhas = Files.readAllLines(arquivo, StandardCharsets.UTF_8);
                    for (int i = 0; i < linhas.size(); i++) {
                        String linha = linhas.get(i);
                        int igual = linha.indexOf('=');
                        if (linha.startsWith("#") || igual < 0) {
                            continue;
                        }
                        if (linha.replace("''", "").contains("'")) {
                            achados.add(new Achado(arquivo, i + 1, "apóstrofo solto", linha));
                        } else if (!linha.startsWith("campo.") && !linha.startsWith("jakarta.")) {
                            try {
                                new MessageFormat(linha.substring(igual + 1), PT_BR);
                            } catch (IllegalArgumentException e) {
                                achados.add(new Achado(arquivo, i + 1, "padrão inválido (" + e.getMessage() + ")", linha));
                            }
                        }
                    }
                }
            }
        }
        assertThat(achados).as("padrão de MessageFormat inválido (arquivo:linha)").isEmpty();
    }

    private static void pacote(Path arquivo, List<Achado> achados) throws IOException {
        List<String> linhas = Files.readAllLines(arquivo, StandardCharsets.UTF_8);
        for (int i = 0; i < linhas.size(); i++) {
            String linha = linhas.get(i);
            int igual = linha.indexOf('=');
            // An OpenAPI example is a value a client sends or reads (a code, JSON), not a sentence.
            if (linha.startsWith("#") || igual < 0 || linha.substring(0, igual).endsWith(".exemplo")) {
                continue;
            }
            conferir(linha.substring(igual + 1), arquivo, i + 1, true, achados);
        }
    }

    /** The problem details nginx answers by itself (404, 413, 429, 503). */
    private static void gateway(Path arquivo, List<Achado> achados) throws IOException {
        List<String> linhas = Files.readAllLines(arquivo, StandardCharsets.UTF_8);
        for (int i = 0; i < linhas.size(); i++) {
            Matcher texto = Pattern.compile("\"(?:title|detail)\":\"([^\"]*)\"").matcher(linhas.get(i));
            while (texto.find()) {
                conferir(texto.group(1), arquivo, i + 1, true, achados);
            }
        }
    }

    /** The page's text and attribute values people read; in scripts, only the string literals. */
    private static void pagina(Path arquivo, List<Achado> achados) throws IOException {
        List<String> linhas = Files.readAllLines(arquivo, StandardCharsets.UTF_8);
        boolean script = false;
        boolean estilo = false;
        for (int i = 0; i < linhas.size(); i++) {
            String linha = linhas.get(i);
            if (linha.contains("<style")) {
                estilo = true;
            }
            if (linha.contains("<script")) {
                script = true;
            }
            if (script) {
                Matcher literal = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`")
                        .matcher(linha.replaceAll("^\\s*//.*|\\s//\\s.*$", ""));
                while (literal.find()) {
                    String texto = literal.group(1) != null ? literal.group(1)
                            : literal.group(2) != null ? literal.group(2) : literal.group(3);
                    conferir(texto, arquivo, i + 1, false, achados);
                }
            } else if (!estilo) {
                String texto = linha.replaceAll("<[^>]*\\b(?:title|placeholder|aria-label|alt)=\"([^\"]*)\"[^>]*>", " $1 ")
                        .replaceAll("<[^>]*>", " ");
                conferir(texto, arquivo, i + 1, true, achados);
            }
            if (linha.contains("</script>")) {
                script = false;
            }
            if (linha.contains("</style>")) {
                estilo = false;
            }
        }
    }

    /** The constants (NAME) that OpenAPI annotations use as texts, in any module. */
    private static Set<String> constantesDaDocumentacao() throws IOException {
        Set<String> nomes = new java.util.HashSet<>();
        for (String modulo : MODULOS) {
            Path principal = RAIZ.resolve(modulo).resolve("src/main/java");
            if (!Files.isDirectory(principal)) {
                continue;
            }
            try (Stream<Path> arquivos = Files.walk(principal)) {
                for (Path arquivo : arquivos.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String fonte = Files.readString(arquivo, StandardCharsets.UTF_8);
                    Matcher anotacao = Pattern.compile("@([A-Za-z]+)\\s*\\(").matcher(fonte);
                    while (anotacao.find()) {
                        if (OPENAPI.contains(anotacao.group(1))) {
                            Matcher nome = Pattern.compile("\\b([A-Z][A-Z0-9_]{2,})\\b")
                                    .matcher(fonte.substring(anotacao.end(), fechamento(fonte, anotacao.end() - 1)));
                            while (nome.find()) {
                                nomes.add(nome.group(1));
                            }
                        }
                    }
                }
            }
        }
        return nomes;
    }

    /** String literals and text blocks, leaving out comments, OpenAPI texts and SQL. */
    private static void java(Path arquivo, Set<String> constantesDaDocumentacao, List<Achado> achados) throws IOException {
        String fonte = Files.readString(arquivo, StandardCharsets.UTF_8);
        if (PERSONALIZADOR_OPENAPI.matcher(fonte).find()) {
            return;
        }
        boolean modeloOpenApi = fonte.contains("io.swagger.v3.oas.models");
        Matcher constante = CONSTANTE.matcher(fonte);
        List<int[]> ignorados = new ArrayList<>();
        while (constante.find()) {
            if (constantesDaDocumentacao.contains(constante.group(1))) {
                ignorados.add(new int[] {constante.end(), fonte.indexOf(';', constante.end())});
            }
        }
        int linha = 1;
        int i = 0;
        int fimDoIgnorado = -1;
        while (i < fonte.length()) {
            char c = fonte.charAt(i);
            if (c == '\n') {
                linha++;
                i++;
            } else if (fonte.startsWith("//", i)) {
                i = fonte.indexOf('\n', i) < 0 ? fonte.length() : fonte.indexOf('\n', i);
            } else if (fonte.startsWith("/*", i)) {
                int fim = fonte.indexOf("*/", i + 2) + 2;
                linha += contar(fonte, i, fim);
                i = fim;
            } else if (c == '\'') {
                int fim = i + 1;
                while (fonte.charAt(fim) != '\'') {
                    fim += fonte.charAt(fim) == '\\' ? 2 : 1;
                }
                i = fim + 1;
            } else if (fonte.startsWith("\"\"\"", i)) {
                int fim = fonte.indexOf("\"\"\"", i + 3) + 3;
                if (i > fimDoIgnorado && fora(i, ignorados)) {
                    literal(fonte.substring(i + 3, fim - 3), arquivo, linha, achados);
                }
                linha += contar(fonte, i, fim);
                i = fim;
            } else if (c == '"') {
                int fim = i + 1;
                while (fonte.charAt(fim) != '"') {
                    fim += fonte.charAt(fim) == '\\' ? 2 : 1;
                }
                if (i > fimDoIgnorado && fora(i, ignorados)) {
                    literal(fonte.substring(i + 1, fim).replace("\\n", " ").replace("\\\"", "\""), arquivo, linha, achados);
                }
                i = fim + 1;
            } else if (c == '@' || c == '.') {
                Matcher nome = Pattern.compile("[@.]([A-Za-z]+)\\s*\\(").matcher(fonte).region(i, fonte.length());
                if (nome.lookingAt() && (c == '@' ? OPENAPI.contains(nome.group(1))
                        : modeloOpenApi && MODELO_OPENAPI.contains(nome.group(1)))) {
                    fimDoIgnorado = Math.max(fimDoIgnorado, fechamento(fonte, nome.end() - 1));
                }
                i++;
            } else {
                i++;
            }
        }
    }

    private static boolean fora(int posicao, List<int[]> trechos) {
        return trechos.stream().noneMatch(t -> posicao >= t[0] && posicao <= t[1]);
    }

    private static void literal(String texto, Path arquivo, int linha, List<Achado> achados) {
        if (!SQL.matcher(texto).find()) {
            conferir(texto, arquivo, linha, false, achados);
        }
    }

    /** The position of the parenthesis that closes the one at {@code abre}, skipping string literals. */
    private static int fechamento(String fonte, int abre) {
        int nivel = 0;
        for (int i = abre; i < fonte.length(); i++) {
            char c = fonte.charAt(i);
            if (fonte.startsWith("\"\"\"", i)) {
                i = fonte.indexOf("\"\"\"", i + 3) + 2;
            } else if (c == '"') {
                i++;
                while (fonte.charAt(i) != '"') {
                    i += fonte.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(') {
                nivel++;
            } else if (c == ')' && --nivel == 0) {
                return i;
            }
        }
        return fonte.length();
    }

    private static int contar(String fonte, int de, int ate) {
        return (int) fonte.substring(de, ate).chars().filter(c -> c == '\n').count();
    }

    /**
     * Checks one text: prose only (a literal without a space is an identifier, unless {@code sempreProsa}), each word
     * not joined to an identifier, codes in quotes left out.
     */
    private static void conferir(String texto, Path arquivo, int linha, boolean sempreProsa, List<Achado> achados) {
        String prosa = texto.replaceAll("“[^”]*”", " ").replaceAll("\\{[^}]*}", " ");
        if (!sempreProsa && !prosa.strip().contains(" ")) {
            return;
        }
        Matcher verbo = E_VERBO.matcher(prosa);
        if (verbo.find()) {
            achados.add(new Achado(arquivo, linha, "\"" + verbo.group() + "\" (é)", texto));
            return;
        }
        Matcher palavra = PALAVRA.matcher(prosa);
        while (palavra.find()) {
            String p = palavra.group();
            char antes = palavra.start() > 0 ? prosa.charAt(palavra.start() - 1) : ' ';
            char depois = palavra.end() < prosa.length() ? prosa.charAt(palavra.end()) : ' ';
            char depoisDoDepois = palavra.end() + 1 < prosa.length() ? prosa.charAt(palavra.end() + 1) : ' ';
            boolean identificador = "._-/$#@=:{[".indexOf(antes) >= 0 || Character.isDigit(antes)
                    || "_/(=[".indexOf(depois) >= 0 || Character.isDigit(depois)
                    || ".-:".indexOf(depois) >= 0 && Character.isLetterOrDigit(depoisDoDepois)
                    || p.equals(p.toUpperCase()) && p.length() > 1
                    || !p.substring(1).equals(p.substring(1).toLowerCase());
            if (!identificador && SEM_ACENTO.contains(p.toLowerCase())) {
                achados.add(new Achado(arquivo, linha, "\"" + p + "\"", texto));
                return;
            }
        }
    }
}
