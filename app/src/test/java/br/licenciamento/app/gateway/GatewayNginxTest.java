package br.licenciamento.app.gateway;

import br.licenciamento.platform.teste.ClienteHttp;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's real configuration ({@code gateway/licenciamento.conf}) in Debian's nginx, in front of
 * stand-ins for the five services that answer with their own name: routing, correlation ids, size limits,
 * per-client rate limiting and unavailable services, all as problem+json.
 */
class GatewayNginxTest {

    private static final String[] SERVICOS = {"licenca_command", "licenca_query", "pessoa", "auth", "notificacao_saga"};
    private static final Map<String, HttpServer> substitutos = new LinkedHashMap<>();
    private static Path diretorio;
    private static Process nginx;
    private static int porta;

    @BeforeAll
    static void iniciar() throws Exception {
        diretorio = Files.createTempDirectory("gateway-teste");
        StringBuilder upstreams = new StringBuilder();
        for (String servico : SERVICOS) {
            HttpServer servidor = substituto(servico, new InetSocketAddress("127.0.0.1", 0));
            substitutos.put(servico, servidor);
            upstreams.append("upstream ").append(servico).append(" { server 127.0.0.1:")
                    .append(servidor.getAddress().getPort()).append("; }\n");
        }
        porta = portaLivre();
        Files.writeString(diretorio.resolve("upstreams.conf"), upstreams);
        String gateway = Files.readString(Path.of("..", "gateway", "licenciamento.conf"))
                .replace("listen 8080;", "listen 127.0.0.1:" + porta + ";")
                .replace("/var/log/nginx/licenciamento-acesso.log", diretorio.resolve("acesso.log").toString());
        Files.writeString(diretorio.resolve("licenciamento.conf"), gateway);
        Files.writeString(diretorio.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/erro.log warn;
                events { worker_connections 256; }
                http {
                    client_body_temp_path %1$s/corpo;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/upstreams.conf;
                    include %1$s/licenciamento.conf;
                }
                """.formatted(diretorio));
        nginx = new ProcessBuilder("/usr/sbin/nginx", "-p", diretorio.toString(), "-c", diretorio.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(diretorio.resolve("saida.log").toFile()).start();
        Instant limite = Instant.now().plusSeconds(10);
        while (!aceitaConexao(porta)) {
            if (Instant.now().isAfter(limite) || !nginx.isAlive()) {
                throw new IllegalStateException("nginx nao subiu: " + Files.readString(diretorio.resolve("saida.log")));
            }
            Thread.sleep(50);
        }
    }

    @AfterAll
    static void encerrar() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
        substitutos.values().forEach(s -> s.stop(0));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "GET,    /api/v1/processos,                                   licenca_query",
            "GET,    /api/v1/processos/p-1,                               licenca_query",
            "GET,    /api/v1/processos/p-1/historico,                     licenca_query",
            "POST,   /api/v1/processos,                                   licenca_command",
            "POST,   /api/v1/processos/p-1/complementacao,                licenca_command",
            "GET,    /api/v1/processos/p-1/documentos/d-1/conteudo,       licenca_command",
            "GET,    /api/v1/licencas,                                    licenca_query",
            "POST,   /api/v1/licencas/l-1/renovacao,                      licenca_command",
            "GET,    /api/v1/estatisticas,                                licenca_query",
            "GET,    /api/v1/publico/licencas,                            licenca_query",
            "GET,    /api/v1/pessoas/x,                                   pessoa",
            "POST,   /api/v1/pessoas,                                     pessoa",
            "POST,   /oauth2/token,                                       auth",
            "GET,    /.well-known/openid-configuration,                   auth",
            "GET,    /login,                                              auth",
            "GET,    /api/v1/usuarios,                                    auth",
            "GET,    /api/v1/notificacoes,                                notificacao_saga"})
    void rotaParaOServicoCerto(String metodo, String caminho, String servico) {
        ClienteHttp.Resposta resposta = cliente("rotas").enviar(metodo, caminho, "application/json", "{}".getBytes());
        assertThat(resposta.status()).isEqualTo(200);
        assertThat(resposta.json().get("servico").asString()).isEqualTo(servico);
    }

    @Test
    void correlacaoDoClienteChegaAoServicoEUmaNovaEGeradaSeFaltar() {
        ClienteHttp.Resposta informada = cliente("correlacao").com("X-Correlation-Id", "req-42").get("/api/v1/processos");
        assertThat(informada.json().get("correlacao").asString()).isEqualTo("req-42");
        assertThat(informada.cabecalho("X-Correlation-Id")).contains("req-42");

        ClienteHttp.Resposta gerada = cliente("correlacao").get("/api/v1/processos");
        assertThat(gerada.json().get("correlacao").asString()).hasSize(32);
    }

    @Test
    void corpoGrandeDemaisRecebe413EmProblemJsonMasDocumentoGrandePassa() {
        byte[] doisMegas = new byte[2 * 1024 * 1024];
        ClienteHttp.Resposta json = cliente("tamanho").enviar("POST", "/api/v1/processos", "application/json", doisMegas);
        assertThat(json.status()).isEqualTo(413);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(json.json().get("title").asString()).isEqualTo("Conteudo grande demais");

        ClienteHttp.Resposta documento = cliente("tamanho").enviar("POST", "/api/v1/processos/p-1/documentos",
                "application/pdf", doisMegas);
        assertThat(documento.status()).isEqualTo(200);
        assertThat(documento.json().get("bytes").asLong()).isEqualTo(doisMegas.length);
    }

    @Test
    void clienteQuePassaDoLimiteRecebe429SemAtrapalharOutroCliente() {
        ClienteHttp apressado = cliente("apressado");
        int limitadas = 0;
        ClienteHttp.Resposta ultima = null;
        for (int i = 0; i < 200; i++) {
            ClienteHttp.Resposta resposta = apressado.get("/api/v1/processos");
            if (resposta.status() == 429) {
                limitadas++;
                ultima = resposta;
            }
        }
        assertThat(limitadas).isPositive();
        assertThat(ultima.contentType()).startsWith("application/problem+json");
        assertThat(ultima.cabecalho("Retry-After")).contains("1");
        assertThat(cliente("calmo").get("/api/v1/processos").status()).isEqualTo(200);
    }

    @Test
    void enderecoDesconhecidoEServicoForaDoArRespondemProblemJson() throws Exception {
        ClienteHttp.Resposta desconhecido = cliente("erros").get("/nada");
        assertThat(desconhecido.status()).isEqualTo(404);
        assertThat(desconhecido.contentType()).startsWith("application/problem+json");

        HttpServer notificacoes = substitutos.get("notificacao_saga");
        notificacoes.stop(0);
        try {
            ClienteHttp.Resposta foraDoAr = cliente("erros").get("/api/v1/notificacoes");
            assertThat(foraDoAr.status()).isEqualTo(503);
            assertThat(foraDoAr.contentType()).startsWith("application/problem+json");
        } finally {
            substitutos.put("notificacao_saga", substituto("notificacao_saga", notificacoes.getAddress()));
        }
    }

    @Test
    void logDeAcessoRegistraServicoECorrelacao() throws IOException, InterruptedException {
        cliente("log").com("X-Correlation-Id", "log-77").get("/api/v1/estatisticas");
        Thread.sleep(200);
        assertThat(Files.readString(diretorio.resolve("acesso.log")))
                .contains("\"correlationId\":\"log-77\"").contains("\"uri\":\"/api/v1/estatisticas\"");
    }

    /** A stand-in service that answers every request with its name and what it received. */
    private static HttpServer substituto(String servico, InetSocketAddress endereco) throws IOException {
        HttpServer servidor = HttpServer.create(endereco, 0);
        servidor.createContext("/", troca -> {
            byte[] corpo = troca.getRequestBody().readAllBytes();
            String resposta = "{\"servico\":\"" + servico + "\",\"metodo\":\"" + troca.getRequestMethod()
                    + "\",\"bytes\":" + corpo.length + ",\"correlacao\":\""
                    + troca.getRequestHeaders().getFirst("X-Correlation-Id") + "\"}";
            troca.getResponseHeaders().set("Content-Type", "application/json");
            byte[] saida = resposta.getBytes(StandardCharsets.UTF_8);
            troca.sendResponseHeaders(200, saida.length);
            troca.getResponseBody().write(saida);
            troca.close();
        });
        servidor.start();
        return servidor;
    }

    /** Each test is its own client (its own token), so rate limits of one test never touch another. */
    private static ClienteHttp cliente(String nome) {
        return new ClienteHttp(porta).com("Authorization", "Bearer teste-" + nome);
    }

    private static int portaLivre() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean aceitaConexao(int porta) {
        try (Socket socket = new Socket("127.0.0.1", porta)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
