package br.licenciamento.app.seguranca;

import br.licenciamento.app.processo.FluxoDeLicenciamento;
import br.licenciamento.platform.teste.Aguardar;
import br.licenciamento.platform.teste.ClienteHttp;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static br.licenciamento.app.seguranca.MatrizDeAcessoTest.Chamador.ADMIN;
import static br.licenciamento.app.seguranca.MatrizDeAcessoTest.Chamador.ANALISTA;
import static br.licenciamento.app.seguranca.MatrizDeAcessoTest.Chamador.AUDITOR;
import static br.licenciamento.app.seguranca.MatrizDeAcessoTest.Chamador.FISCAL;
import static br.licenciamento.app.seguranca.MatrizDeAcessoTest.Chamador.GESTOR;
import static br.licenciamento.app.seguranca.MatrizDeAcessoTest.Chamador.SISTEMA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access matrix of the whole REST surface, walked over every endpoint of the OpenAPI document: one test per row,
 * each row called by every kind of caller. The owner of a person, process, document, licence and notification, every
 * agency role and a machine client, an anonymous caller, and an unrelated applicant, who must get for the owner's ids
 * exactly the 404 a random id gets, before the request body is even read, with nothing changed. An endpoint in the
 * document without a row here fails the test, so a new endpoint cannot ship without a rule.
 * <p>
 * Every write is sent with a body that cannot be read ({@code "{"}), or a file of a refused type for uploads: a caller
 * who is let in gets 400 or 422 and nothing is written, so the walk shows who passes without changing anything
 * (bodiless writes use ids that do not exist, or no-op on the owner's data).
 */
class MatrizDeAcessoTest extends FluxoDeLicenciamento {

    /** Who calls. DONO owns the resources the paths name; ALHEIO is another applicant with nothing of theirs. */
    enum Chamador { ANONIMO, DONO, ALHEIO, ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN, SISTEMA }

    /** Whose resource the path names, which decides who besides the role table is turned away. */
    enum Recurso {
        /** Nothing owned: the role table alone decides. */
        LIVRE,
        /** A person, process, document or licence: an applicant reaches only their own, others get the 404 of a random id. */
        DO_REQUERENTE,
        /** An item of the owner's inbox: nobody else reaches it, agency staff included. */
        PESSOAL
    }

    private static final Set<Chamador> LEITORES = EnumSet.of(Chamador.DONO, Chamador.ALHEIO, ANALISTA, GESTOR, FISCAL, AUDITOR);
    private static final Set<Chamador> REQUERENTES = EnumSet.of(Chamador.DONO, Chamador.ALHEIO);

    /** A row: method and route as the OpenAPI document lists them, who the role table lets in, whose resource it is. */
    record Linha(String metodo, String rota, Set<Chamador> permitidos, Recurso recurso) {

        String chave() {
            return metodo + " " + rota;
        }

        boolean streaming() {
            return rota.endsWith("/eventos-ao-vivo");
        }

        boolean multipart() {
            return rota.endsWith("/documentos") || rota.endsWith("/versoes");
        }
    }

    private static Linha linha(String metodo, String rota, Recurso recurso, Set<Chamador> permitidos) {
        return new Linha(metodo, rota, permitidos, recurso);
    }

    private static Set<Chamador> de(Object... quem) {
        Set<Chamador> conjunto = EnumSet.noneOf(Chamador.class);
        for (Object q : quem) {
            if (q instanceof Chamador c) {
                conjunto.add(c);
            } else {
                @SuppressWarnings("unchecked")
                Set<Chamador> grupo = (Set<Chamador>) q;
                conjunto.addAll(grupo);
            }
        }
        return conjunto;
    }

    /** The matrix. The module READMEs say the same in words. */
    static final List<Linha> MATRIZ = List.of(
            // Public.
            linha("GET", "/login", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),
            linha("GET", "/api/v1/publico/processos", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),
            linha("GET", "/api/v1/publico/licencas", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),
            linha("GET", "/api/v1/publico/licencas/autenticidade", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),
            linha("GET", "/api/v1/publico/mapa", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),

            // People.
            linha("GET", "/api/v1/pessoas", Recurso.LIVRE, LEITORES),
            linha("POST", "/api/v1/pessoas", Recurso.LIVRE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("GET", "/api/v1/pessoas/{pessoaId}", Recurso.DO_REQUERENTE, LEITORES),
            linha("GET", "/api/v1/pessoas/{pessoaId}/dados-pessoais", Recurso.DO_REQUERENTE, LEITORES),
            linha("PUT", "/api/v1/pessoas/{pessoaId}/contatos", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/pessoas/{pessoaId}/inativacao", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/pessoas/{pessoaId}/reativacao", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/pessoas/{pessoaId}/procuracoes", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/pessoas/{pessoaId}/procuracoes/{procuracaoId}/revogacao", Recurso.DO_REQUERENTE,
                    de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/pessoas/{pessoaId}/responsaveis-tecnicos", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/pessoas/{pessoaId}/eliminacao", Recurso.DO_REQUERENTE, de(REQUERENTES, GESTOR)),

            // Licensing processes: reads.
            linha("GET", "/api/v1/processos", Recurso.LIVRE, LEITORES),
            linha("GET", "/api/v1/processos/eventos-ao-vivo", Recurso.LIVRE, LEITORES),
            linha("GET", "/api/v1/processos/{processoId}", Recurso.DO_REQUERENTE, LEITORES),
            linha("GET", "/api/v1/processos/{processoId}/eventos-ao-vivo", Recurso.DO_REQUERENTE, LEITORES),
            linha("GET", "/api/v1/processos/{id}/historico", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR, AUDITOR)),
            linha("GET", "/api/v1/processos/{processoId}/documentos/{documentoId}/conteudo", Recurso.DO_REQUERENTE, LEITORES),

            // Licensing processes: each step by who takes it.
            linha("POST", "/api/v1/processos", Recurso.LIVRE, de(REQUERENTES, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/enquadramento", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/atribuicao", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/guias", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/guias/{guiaId}/pagamento", Recurso.DO_REQUERENTE, de(GESTOR, SISTEMA)),
            linha("POST", "/api/v1/processos/{processoId}/admissibilidade", Recurso.DO_REQUERENTE, de(ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/vistorias", Recurso.DO_REQUERENTE, de(ANALISTA, GESTOR, FISCAL)),
            linha("PUT", "/api/v1/processos/{processoId}/localizacao", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/anuencias", Recurso.DO_REQUERENTE, de(ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/pareceres", Recurso.DO_REQUERENTE, de(ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/complementacoes", Recurso.DO_REQUERENTE, de(ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/complementacoes/resposta", Recurso.DO_REQUERENTE, de(REQUERENTES)),
            linha("POST", "/api/v1/processos/{processoId}/complementacoes/prorrogacao", Recurso.DO_REQUERENTE,
                    de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/edital-rima", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/audiencias", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/audiencias/realizacao", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/decisao", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/adesao", Recurso.DO_REQUERENTE, de(REQUERENTES)),
            linha("POST", "/api/v1/processos/{processoId}/arquivamento", Recurso.DO_REQUERENTE, de(REQUERENTES, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/recursos", Recurso.DO_REQUERENTE, de(REQUERENTES)),
            linha("POST", "/api/v1/processos/{processoId}/recursos/julgamento", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/prazo-de-analise-excedido", Recurso.DO_REQUERENTE, de(GESTOR, SISTEMA)),
            linha("POST", "/api/v1/processos/{processoId}/documentos", Recurso.DO_REQUERENTE, de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/documentos/{documentoId}/versoes", Recurso.DO_REQUERENTE,
                    de(REQUERENTES, ANALISTA, GESTOR)),
            linha("POST", "/api/v1/processos/{processoId}/documentos/{documentoId}/avaliacao", Recurso.DO_REQUERENTE,
                    de(ANALISTA, GESTOR)),

            // Licences.
            linha("GET", "/api/v1/licencas", Recurso.LIVRE, LEITORES),
            linha("GET", "/api/v1/licencas/{licencaId}", Recurso.DO_REQUERENTE, LEITORES),
            linha("GET", "/api/v1/licencas/{licencaId}/certificado", Recurso.DO_REQUERENTE, LEITORES),
            linha("GET", "/api/v1/licencas/{id}/historico", Recurso.DO_REQUERENTE, LEITORES),
            linha("POST", "/api/v1/licencas/{licencaId}/renovacao", Recurso.DO_REQUERENTE, de(REQUERENTES, GESTOR)),
            linha("POST", "/api/v1/licencas/{licencaId}/renovacao/decisao", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/licencas/{licencaId}/suspensao", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/licencas/{licencaId}/cancelamento", Recurso.DO_REQUERENTE, de(GESTOR)),
            linha("POST", "/api/v1/licencas/{licencaId}/vencimento", Recurso.DO_REQUERENTE, de(GESTOR, SISTEMA)),
            linha("POST", "/api/v1/licencas/{licencaId}/condicionantes/{condicionanteId}/relatorios", Recurso.DO_REQUERENTE,
                    de(REQUERENTES)),
            linha("POST", "/api/v1/licencas/{licencaId}/condicionantes/{condicionanteId}/relatorios/{relatorioId}/avaliacao",
                    Recurso.DO_REQUERENTE, de(ANALISTA, FISCAL, GESTOR)),
            linha("POST", "/api/v1/licencas/{licencaId}/condicionantes/{condicionanteId}/alteracao", Recurso.DO_REQUERENTE,
                    de(GESTOR)),

            // Statistics and the inbox.
            linha("GET", "/api/v1/estatisticas", Recurso.LIVRE, de(ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN)),
            linha("GET", "/api/v1/notificacoes", Recurso.LIVRE, EnumSet.complementOf(EnumSet.of(Chamador.ANONIMO))),
            linha("POST", "/api/v1/notificacoes/{id}/leitura", Recurso.PESSOAL, EnumSet.complementOf(EnumSet.of(Chamador.ANONIMO))),

            // Rule catalogue: the version in force for every signed-in user; history and publishing ADMIN only.
            linha("GET", "/api/v1/catalogo", Recurso.LIVRE, EnumSet.complementOf(EnumSet.of(Chamador.ANONIMO))),
            linha("GET", "/api/v1/catalogo/versoes", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/catalogo/versoes", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/catalogo/versoes/{versao}", Recurso.LIVRE, de(ADMIN)),

            // Reference layers (issue 25): public data to read; loading a version is ADMIN's.
            linha("GET", "/api/v1/camadas", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),
            linha("GET", "/api/v1/camadas/{camadaId}/feicoes", Recurso.LIVRE, EnumSet.allOf(Chamador.class)),
            linha("POST", "/api/v1/camadas", Recurso.LIVRE, de(ADMIN)),

            // Users and operations: ADMIN only.
            linha("GET", "/api/v1/usuarios", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/usuarios", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/usuarios/{id}", Recurso.LIVRE, de(ADMIN)),
            linha("PUT", "/api/v1/usuarios/{id}", Recurso.LIVRE, de(ADMIN)),
            linha("PUT", "/api/v1/usuarios/{id}/senha", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/usuarios/{id}/desbloqueio", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/eventos", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/processadores", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/processadores/{nome}", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/processadores/{nome}/iniciar", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/processadores/{nome}/parar", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/processadores/{nome}/replay", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/processadores/{nome}/segmentos/{segmento}/divisao", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/filas-mortas", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/filas-mortas/{grupo}", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/filas-mortas/{grupo}/reprocessar", Recurso.LIVRE, de(ADMIN)),
            linha("DELETE", "/api/v1/ops/filas-mortas/{grupo}/{id}", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/notificacoes/falhas", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/notificacoes/falhas/{id}/reenvio", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/sagas", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/importacoes", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/importacoes", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/importacoes/{importacaoId}", Recurso.LIVRE, de(ADMIN)),
            linha("GET", "/api/v1/ops/relogio", Recurso.LIVRE, de(ADMIN)),
            linha("POST", "/api/v1/ops/relogio/avanco", Recurso.LIVRE, de(ADMIN)));

    private static final Pattern VARIAVEL = Pattern.compile("\\{([^}]+)}");

    @Autowired
    private JdbcClient jdbc;

    /** The owner's resources, built once through the API as the owner and the agency would. */
    private record DoDono(String pessoaId, String procuradorId, String procuracaoId, String processoId, String documentoId,
                          String licencaId, String condicionanteId, String notificacaoId) {
    }

    private DoDono dono;
    private final Map<Chamador, String> tokens = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicTest> cadaLinhaDaMatrizComCadaChamador() {
        prepararOsRecursosDoDono();
        prepararOsChamadores();
        List<DynamicTest> testes = new ArrayList<>();
        testes.add(DynamicTest.dynamicTest("a matriz tem uma linha por endpoint do documento OpenAPI", this::matrizCobreOOpenApi));
        for (Linha linha : MATRIZ) {
            testes.add(DynamicTest.dynamicTest(linha.chave(), () -> verificar(linha)));
        }
        return testes.stream();
    }

    private void matrizCobreOOpenApi() {
        JsonNode documento = api().get("/v3/api-docs").json();
        Set<String> documentados = new TreeSet<>();
        documento.get("paths").properties().forEach(caminho -> caminho.getValue().properties()
                .forEach(operacao -> documentados.add(operacao.getKey().toUpperCase() + " " + caminho.getKey())));
        Set<String> naMatriz = new TreeSet<>(MATRIZ.stream().map(Linha::chave).toList());
        assertThat(naMatriz).as("uma linha da matriz por endpoint do OpenAPI").isEqualTo(documentados);
    }

    private void verificar(Linha linha) {
        String caminhoDoDono = caminho(linha.rota(), valoresDoDono());
        List<String> idsAleatorios = new ArrayList<>();
        String caminhoAleatorio = caminho(linha.rota(), aleatorios(idsAleatorios));

        // Refused callers first, with the owner's data counted before and after: being turned away changes nothing.
        long antes = estadoDoDono();
        for (Chamador chamador : Chamador.values()) {
            if (linha.permitidos().contains(chamador) && !oculto(linha, chamador)) {
                continue;
            }
            Resposta resposta = chamar(linha, chamador, caminhoDoDono);
            String contexto = chamador + " " + linha.chave() + " -> " + resposta.status() + " " + resposta.corpo();
            assertThat(resposta.status()).as("nunca 5xx: " + contexto).isLessThan(500);
            if (chamador == Chamador.ANONIMO && !linha.permitidos().contains(chamador)) {
                assertThat(resposta.status()).as(contexto).isEqualTo(401);
            } else if (!linha.permitidos().contains(chamador)) {
                assertThat(resposta.status()).as(contexto).isEqualTo(403);
            } else if (oculto(linha, chamador)) {
                Resposta aleatoria = chamar(linha, chamador, caminhoAleatorio);
                assertThat(resposta.status()).as(contexto).isEqualTo(404);
                assertThat(aleatoria.status()).as("id aleatorio: " + aleatoria.corpo()).isEqualTo(404);
                assertThat(resposta.contentType()).startsWith("application/problem+json");
                assertThat(semIds(resposta.corpo(), valoresDoDono().values())).as(contexto)
                        .isEqualTo(semIds(aleatoria.corpo(), idsAleatorios));
            }
        }
        assertThat(estadoDoDono()).as("os recusados nao mudaram nada de " + linha.chave()).isEqualTo(antes);

        for (Chamador chamador : linha.permitidos()) {
            if (oculto(linha, chamador)) {
                continue;
            }
            Resposta resposta = chamar(linha, chamador, caminhoDoDono);
            String contexto = chamador + " " + linha.chave() + " -> " + resposta.status() + " " + resposta.corpo();
            assertThat(resposta.status()).as("deixado entrar: " + contexto).isNotIn(401, 403).isLessThan(500);
            if (linha.recurso() != Recurso.LIVRE) {
                assertThat(resposta.status()).as("o dono e a equipe acham o recurso: " + contexto).isNotEqualTo(404);
            }
        }
    }

    /** Whether this caller, let in by the role table, must still get the 404 of an id that does not exist. */
    private static boolean oculto(Linha linha, Chamador chamador) {
        return switch (linha.recurso()) {
            case LIVRE -> false;
            case DO_REQUERENTE -> chamador == Chamador.ALHEIO;
            case PESSOAL -> chamador != Chamador.DONO;
        };
    }

    private Map<String, String> valoresDoDono() {
        Map<String, String> valores = new LinkedHashMap<>();
        valores.put("pessoaId", dono.pessoaId());
        valores.put("procuracaoId", dono.procuracaoId());
        valores.put("processoId", dono.processoId());
        valores.put("documentoId", dono.documentoId());
        valores.put("licencaId", dono.licencaId());
        valores.put("condicionanteId", dono.condicionanteId());
        valores.put("notificacaoId", dono.notificacaoId());
        return valores;
    }

    /** The owner's id for each variable; {@code id} means the resource the route is about. Ids nobody owns stay random. */
    private String caminho(String rota, Map<String, String> valores) {
        Matcher variaveis = VARIAVEL.matcher(rota);
        StringBuilder caminho = new StringBuilder();
        while (variaveis.find()) {
            String nome = variaveis.group(1);
            String valor = valores.get(nome);
            if (valor == null && nome.equals("id")) {
                valor = rota.startsWith("/api/v1/processos/") ? valores.get("processoId")
                        : rota.startsWith("/api/v1/licencas/") ? valores.get("licencaId")
                        : rota.startsWith("/api/v1/notificacoes/") ? valores.get("notificacaoId") : null;
            }
            variaveis.appendReplacement(caminho, valor != null ? valor : ficticio(nome));
        }
        variaveis.appendTail(caminho);
        return caminho.toString();
    }

    private Map<String, String> aleatorios(List<String> gerados) {
        Map<String, String> valores = new LinkedHashMap<>();
        for (String nome : List.of("pessoaId", "procuracaoId", "processoId", "documentoId", "licencaId", "condicionanteId",
                "notificacaoId")) {
            String id = UUID.randomUUID().toString();
            gerados.add(id);
            valores.put(nome, id);
        }
        return valores;
    }

    /** A name or id that exists nowhere: processors, dead-letter groups, users, slips and reports of nobody. */
    private static String ficticio(String variavel) {
        return switch (variavel) {
            case "nome", "grupo" -> "inexistente";
            default -> UUID.randomUUID().toString();
        };
    }

    private static String semIds(String corpo, java.util.Collection<String> ids) {
        String texto = corpo;
        for (String id : ids) {
            if (id != null) {
                texto = texto.replace(id, "ID");
            }
        }
        // Each answer carries its own correlation id; everything else must be the same.
        return texto.replaceAll("\"(correlationId|instance|timestamp)\":\"[^\"]*\"", "");
    }

    /** Events of the owner's aggregates and whether the owner's notification was read: what a refused call must not touch. */
    private long estadoDoDono() {
        long eventos = jdbc.sql("SELECT count(*) FROM axon.domain_event_entry WHERE aggregate_identifier IN (:ids)")
                .param("ids", List.of(dono.pessoaId(), dono.procuradorId(), dono.processoId(), dono.documentoId(), dono.licencaId()))
                .query(Long.class).single();
        long lidas = jdbc.sql("SELECT count(*) FROM notificacao.notificacao WHERE notificacao_id = :id AND lida_em IS NOT NULL")
                .param("id", dono.notificacaoId()).query(Long.class).single();
        return eventos * 10 + lidas;
    }

    private record Resposta(int status, String contentType, String corpo) {
    }

    private Resposta chamar(Linha linha, Chamador chamador, String caminho) {
        HttpRequest.Builder pedido = HttpRequest.newBuilder(URI.create("http://localhost:" + api().porta() + caminho))
                .timeout(Duration.ofSeconds(30));
        String token = tokens.get(chamador);
        if (token != null) {
            pedido.header("Authorization", "Bearer " + token);
        }
        if (linha.metodo().equals("GET")) {
            pedido.header("Accept", linha.streaming() ? "text/event-stream" : "application/json, */*").GET();
        } else if (linha.multipart()) {
            String fronteira = "fronteira" + UUID.randomUUID();
            pedido.header("Content-Type", "multipart/form-data; boundary=" + fronteira).method(linha.metodo(),
                    HttpRequest.BodyPublishers.ofString("--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; "
                            + "filename=\"nota.txt\"\r\nContent-Type: text/plain\r\n\r\nnao e um documento aceito\r\n--"
                            + fronteira + "--\r\n"));
        } else {
            pedido.header("Content-Type", "application/json").method(linha.metodo(), HttpRequest.BodyPublishers.ofString("{"));
        }
        try {
            HttpResponse<InputStream> resposta = HttpClient.newHttpClient().send(pedido.build(), HttpResponse.BodyHandlers.ofInputStream());
            String tipo = resposta.headers().firstValue("Content-Type").orElse("");
            try (InputStream corpo = resposta.body()) {
                // A live stream that opened is an answer in itself; its events never end.
                String texto = tipo.startsWith("text/event-stream") ? "" : new String(corpo.readAllBytes(), StandardCharsets.UTF_8);
                return new Resposta(resposta.statusCode(), tipo, texto);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void prepararOsChamadores() {
        int porta = api().porta();
        tokens.put(Chamador.DONO, token("REQUERENTE"));
        for (Chamador papel : List.of(ANALISTA, GESTOR, FISCAL, AUDITOR, ADMIN)) {
            tokens.put(papel, token(papel.name()));
        }
        tokens.put(Chamador.ALHEIO, tokenDeNovoUsuario("REQUERENTE"));
        LoginOAuth2.Resposta sistema = new LoginOAuth2(porta).tokenDeSistema("pagamentos-demo", "pagamentos-demo-segredo");
        tokens.put(SISTEMA, tools.jackson.databind.json.JsonMapper.builder().build().readTree(sistema.corpo())
                .get("access_token").asString());
    }

    /**
     * A person with a power of attorney granted and a process carried through classification, fee, complementation
     * (which notifies the person) and grant, with a document and a licence with one condition.
     */
    private void prepararOsRecursosDoDono() {
        ClienteHttp requerente = api("REQUERENTE");
        String pessoaId = requerenteAtivo(requerente);
        String procuradorId = requerenteAtivo(requerente);
        String procuracaoId = requerente.post("/api/v1/pessoas/" + pessoaId + "/procuracoes", """
                {"procuradorId":"%s","alcance":"EMPREENDIMENTO","objetoId":"obra-1","inicio":"%s","fim":"%s"}"""
                .formatted(procuradorId, hoje(), hoje().plusYears(1))).json().get("procuracaoId").asString();
        Protocolo protocolo = protocolar(pessoaId, "LP", null, null);
        String processoId = protocolo.processoId();
        levarAteAAnalise(processoId, "G", "P");
        passo("ANALISTA", processoId, "complementacoes", "{\"itens\":[\"Plano de controle ambiental\"]}");
        String documentoId = anexarPdf(processoId, "pca.pdf", "Plano de controle ambiental").get("documentoId").asString();
        passo("REQUERENTE", processoId, "complementacoes/resposta", "{\"documentoIds\":[\"" + documentoId + "\"]}");
        passo("FISCAL", processoId, "vistorias", "{\"realizadaEm\":\"" + hoje() + "\",\"relato\":\"ok\"}");
        passo("ANALISTA", processoId, "pareceres", "{\"tipo\":\"TECNICO\",\"favoravel\":true,\"texto\":\"ok\"}");
        JsonNode decisao = passo("GESTOR", processoId, "decisao", """
                {"deferido":true,"validadeMeses":48,"fundamentos":"ok","condicionantes":[
                  {"descricao":"Inventario de fauna","prazo":"%s"}]}""".formatted(hoje().plusMonths(3)));
        String notificacaoId = Aguardar.ate("notificacao da complementacao ao requerente", Duration.ofSeconds(30),
                () -> requerente.get("/api/v1/notificacoes"),
                r -> r.status() == 200 && r.json().get("itens").size() > 0).json().get("itens").get(0).get("id").asString();
        String licencaId = decisao.get("licencaId").asString();
        Aguardar.ate("licenca no registro", Duration.ofSeconds(30), () -> api("GESTOR").get("/api/v1/licencas/" + licencaId),
                r -> r.status() == 200);
        dono = new DoDono(pessoaId, procuradorId, procuracaoId, processoId, documentoId, licencaId,
                decisao.get("condicionanteIds").get(0).asString(), notificacaoId);
    }
}
