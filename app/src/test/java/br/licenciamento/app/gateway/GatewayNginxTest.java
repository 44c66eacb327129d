package br.licenciamento.app.gateway;

import br.licenciamento.platform.teste.ClienteHttp;
import br.licenciamento.platform.teste.servicos.NginxDeTeste;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's real configuration ({@code gateway/licenciamento.conf}, and {@code gateway/tls.conf} with a
 * throwaway certificate) in Debian's nginx, in front of stand-ins for the five services that answer with their
 * own name: routing, correlation ids, size limits, per-client rate limiting and unavailable services, all as
 * problem+json, and the sign-in redirect the services build from the forwarded headers.
 */
class GatewayNginxTest {

    private static final String[] SERVICOS = {"licenca_command", "licenca_query", "pessoa", "auth", "notificacao_saga"};
    private static final Map<String, HttpServer> substitutos = new LinkedHashMap<>();
    private static final String SENHA = "gateway-teste";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Path diretorio;
    private static NginxDeTeste nginx;
    private static int porta;
    private static int portaTls;
    private static HttpClient https;

    @BeforeAll
    static void iniciar() throws Exception {
        diretorio = Files.createTempDirectory("gateway-certificado");
        Map<String, List<Integer>> upstreams = new LinkedHashMap<>();
        for (String servico : SERVICOS) {
            HttpServer servidor = substituto(servico, new InetSocketAddress("127.0.0.1", 0));
            substitutos.put(servico, servidor);
            upstreams.put(servico, List.of(servidor.getAddress().getPort()));
        }
        substitutos.get("auth").createContext("/oauth2/authorize", troca -> {
            troca.getResponseHeaders().set("Location", paginaDeLogin(troca.getRequestHeaders()));
            troca.sendResponseHeaders(302, -1);
            troca.close();
        });
        https = clienteComCertificado(certificado());
        nginx = NginxDeTeste.iniciar(Path.of(".."), upstreams, diretorio);
        porta = nginx.porta();
        portaTls = nginx.portaTls();
    }

    @AfterAll
    static void encerrar() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
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
            "GET,    /api/v1/catalogo,                                    licenca_command",
            "POST,   /api/v1/catalogo/versoes,                            licenca_command",
            "POST,   /api/v1/importacoes,                                 licenca_command",
            "GET,    /api/v1/importacoes/i-1,                             licenca_command",
            "GET,    /api/v1/estatisticas,                                licenca_query",
            "GET,    /api/v1/publico/licencas,                            licenca_query",
            "GET,    /api/v1/publico/mapa,                                licenca_query",
            "GET,    /mapa,                                               licenca_query",
            "GET,    /mapa/mapa.js,                                       licenca_query",
            "GET,    /webjars/leaflet/1.9.4/dist/leaflet.js,              licenca_query",
            "GET,    /api/v1/pessoas/x,                                   pessoa",
            "POST,   /api/v1/pessoas,                                     pessoa",
            "POST,   /oauth2/token,                                       auth",
            "GET,    /.well-known/openid-configuration,                   auth",
            "GET,    /login,                                              auth",
            "POST,   /connect/logout,                                     auth",
            "GET,    /userinfo,                                           auth",
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
    void respostaTrazUmaSoCorrelacaoMesmoComOServicoDevolvendoATambem() {
        HttpResponse<String> informada = enviar(HTTP, URI.create("http://127.0.0.1:" + porta + "/api/v1/processos"),
                "X-Correlation-Id", "unica-1");
        assertThat(informada.headers().allValues("X-Correlation-Id")).containsExactly("unica-1");

        HttpResponse<String> gerada = enviar(HTTP, URI.create("http://127.0.0.1:" + porta + "/api/v1/pessoas/x"));
        assertThat(gerada.headers().allValues("X-Correlation-Id")).hasSize(1).first().asString().hasSize(32);
        assertThat(gerada.body()).contains("\"correlacao\":\"" + gerada.headers().firstValue("X-Correlation-Id").get());

        HttpResponse<String> peloTls = enviar(https, URI.create("https://127.0.0.1:" + portaTls + "/api/v1/processos"),
                "X-Correlation-Id", "unica-tls");
        assertThat(peloTls.headers().allValues("X-Correlation-Id")).containsExactly("unica-tls");
        assertThat(peloTls.body()).contains("\"correlacao\":\"unica-tls\"");
    }

    @Test
    void entradaPeloGatewayVoltaAoLoginNoMesmoHostEPorta() {
        HttpResponse<String> autorizacao = enviar(HTTP,
                URI.create("http://127.0.0.1:" + porta + "/oauth2/authorize?response_type=code&client_id=licenciamento-web"));
        assertThat(autorizacao.statusCode()).isEqualTo(302);
        assertThat(autorizacao.headers().firstValue("Location")).contains("http://127.0.0.1:" + porta + "/login");
    }

    @Test
    void entradaPeloTlsVoltaAoLoginEmHttpsNaMesmaPorta() {
        HttpResponse<String> autorizacao = enviar(https,
                URI.create("https://127.0.0.1:" + portaTls + "/oauth2/authorize?response_type=code&client_id=licenciamento-web"));
        assertThat(autorizacao.statusCode()).isEqualTo(302);
        assertThat(autorizacao.headers().firstValue("Location")).contains("https://127.0.0.1:" + portaTls + "/login");
        assertThat(autorizacao.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void semHostComHostSemPortaOuComCabecalhosForjadosOLoginSegueOQueOClienteUsou() throws IOException {
        // HTTP/1.0 without Host: the address and port the client connected to.
        assertThat(localizacao(requisicaoCrua("127.0.0.1", "GET /oauth2/authorize HTTP/1.0\r\n\r\n")))
                .isEqualTo("http://127.0.0.1:" + porta + "/login");
        // No port in Host is the scheme's default, as behind a load balancer on :80 in front of nginx on :8080.
        assertThat(localizacao(requisicaoCrua("127.0.0.1", "GET /oauth2/authorize HTTP/1.1\r\n"
                + "Host: licenciamento.exemplo.gov.br\r\nConnection: close\r\n\r\n")))
                .isEqualTo("http://licenciamento.exemplo.gov.br/login");
        // Only the gateway's own TLS server may state X-Forwarded-*; anyone else's are replaced.
        assertThat(localizacao(requisicaoCrua("127.0.0.2", "GET /oauth2/authorize HTTP/1.1\r\nHost: 127.0.0.1:" + porta
                + "\r\nX-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\nX-Forwarded-Host: falso.exemplo\r\n"
                + "Connection: close\r\n\r\n")))
                .isEqualTo("http://127.0.0.1:" + porta + "/login");
    }

    @Test
    void corpoGrandeDemaisRecebe413EmProblemJsonMasDocumentoGrandePassa() {
        byte[] doisMegas = new byte[2 * 1024 * 1024];
        ClienteHttp.Resposta json = cliente("tamanho").com("X-Correlation-Id", "grande-1")
                .enviar("POST", "/api/v1/processos", "application/json", doisMegas);
        assertThat(json.status()).isEqualTo(413);
        assertThat(json.contentType()).startsWith("application/problem+json");
        assertThat(correlacoes(json)).containsExactly("grande-1");
        assertThat(json.json().get("title").asString()).isEqualTo("Conteúdo grande demais");

        ClienteHttp.Resposta documento = cliente("tamanho").enviar("POST", "/api/v1/processos/p-1/documentos",
                "application/pdf", doisMegas);
        assertThat(documento.status()).isEqualTo(200);
        assertThat(documento.json().get("bytes").asLong()).isEqualTo(doisMegas.length);
    }

    @Test
    void clienteQuePassaDoLimiteRecebe429SemAtrapalharOutroCliente() {
        ClienteHttp apressado = cliente("apressado").com("X-Correlation-Id", "apressado-1");
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
        assertThat(correlacoes(ultima)).containsExactly("apressado-1");
        assertThat(cliente("calmo").get("/api/v1/processos").status()).isEqualTo(200);
    }

    @Test
    void enderecoDesconhecidoEServicoForaDoArRespondemProblemJson() throws Exception {
        ClienteHttp.Resposta desconhecido = cliente("erros").com("X-Correlation-Id", "erro-1").get("/nada");
        assertThat(desconhecido.status()).isEqualTo(404);
        assertThat(desconhecido.contentType()).startsWith("application/problem+json");
        assertThat(correlacoes(desconhecido)).containsExactly("erro-1");

        HttpServer notificacoes = substitutos.get("notificacao_saga");
        notificacoes.stop(0);
        try {
            ClienteHttp.Resposta foraDoAr = cliente("erros").com("X-Correlation-Id", "erro-2").get("/api/v1/notificacoes");
            assertThat(foraDoAr.status()).isEqualTo(503);
            assertThat(foraDoAr.contentType()).startsWith("application/problem+json");
            assertThat(correlacoes(foraDoAr)).containsExactly("erro-2");
        } finally {
            substitutos.put("notificacao_saga", substituto("notificacao_saga", notificacoes.getAddress()));
        }
    }

    @Test
    void logDeAcessoRegistraServicoECorrelacao() throws IOException, InterruptedException {
        cliente("log").com("X-Correlation-Id", "log-77").get("/api/v1/estatisticas");
        Thread.sleep(200);
        assertThat(Files.readString(nginx.diretorio().resolve("acesso.log")))
                .contains("\"correlationId\":\"log-77\"").contains("\"uri\":\"/api/v1/estatisticas\"");
    }

    /**
     * A stand-in service that answers every request with its name and what it received, and echoes the
     * correlation id in {@code X-Correlation-Id} as the services do.
     */
    private static HttpServer substituto(String servico, InetSocketAddress endereco) throws IOException {
        HttpServer servidor = HttpServer.create(endereco, 0);
        servidor.createContext("/", troca -> {
            byte[] corpo = troca.getRequestBody().readAllBytes();
            String correlacao = troca.getRequestHeaders().getFirst("X-Correlation-Id");
            String resposta = "{\"servico\":\"" + servico + "\",\"metodo\":\"" + troca.getRequestMethod()
                    + "\",\"bytes\":" + corpo.length + ",\"correlacao\":\"" + correlacao + "\"}";
            troca.getResponseHeaders().set("Content-Type", "application/json");
            if (correlacao != null) {
                troca.getResponseHeaders().set("X-Correlation-Id", correlacao);
            }
            byte[] saida = resposta.getBytes(StandardCharsets.UTF_8);
            troca.sendResponseHeaders(200, saida.length);
            troca.getResponseBody().write(saida);
            troca.close();
        });
        servidor.start();
        return servidor;
    }

    /**
     * Where auth sends a browser to sign in, built as Spring does behind a proxy with
     * {@code server.forward-headers-strategy=native}: Tomcat's RemoteIpValve takes the name from X-Forwarded-Host
     * (without its port) and, once X-Forwarded-Proto is there, the port from X-Forwarded-Port alone (else 80/443);
     * the URL leaves out the scheme's default port.
     */
    private static String paginaDeLogin(Headers recebidos) {
        String host = Objects.requireNonNullElse(recebidos.getFirst("Host"), "");
        String esquema = "http";
        String nome = semPorta(host);
        int portaUsada = host.equals(nome) ? 80 : Integer.parseInt(host.substring(nome.length() + 1));
        String protocolo = recebidos.getFirst("X-Forwarded-Proto");
        if (protocolo != null) {
            esquema = protocolo.equalsIgnoreCase("https") ? "https" : "http";
            String portaEncaminhada = recebidos.getFirst("X-Forwarded-Port");
            portaUsada = portaEncaminhada != null ? Integer.parseInt(portaEncaminhada) : esquema.equals("https") ? 443 : 80;
        }
        String hostEncaminhado = recebidos.getFirst("X-Forwarded-Host");
        if (hostEncaminhado != null) {
            nome = semPorta(hostEncaminhado);
        }
        boolean portaPadrao = portaUsada == (esquema.equals("https") ? 443 : 80);
        return esquema + "://" + nome + (portaPadrao ? "" : ":" + portaUsada) + "/login";
    }

    private static String semPorta(String host) {
        int doisPontos = host.lastIndexOf(':');
        return doisPontos > host.lastIndexOf(']') ? host.substring(0, doisPontos) : host;
    }

    private static List<String> correlacoes(ClienteHttp.Resposta resposta) {
        return resposta.cabecalhos().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("X-Correlation-Id"))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    private static HttpResponse<String> enviar(HttpClient cliente, URI endereco, String... cabecalhos) {
        HttpRequest.Builder requisicao = HttpRequest.newBuilder(endereco).timeout(Duration.ofSeconds(30));
        if (cabecalhos.length > 0) {
            requisicao.headers(cabecalhos);
        }
        try {
            return cliente.send(requisicao.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request written by hand: HttpClient neither leaves out Host nor connects from another address. */
    private static String requisicaoCrua(String origem, String requisicao) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(origem, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", porta), 5000);
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requisicao.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String localizacao(String resposta) {
        Matcher location = Pattern.compile("(?im)^Location: *(\\S+)").matcher(resposta);
        assertThat(location.find()).as("Location em: %s", resposta).isTrue();
        return location.group(1);
    }

    /** A throwaway certificate for 127.0.0.1 in the PEM files tls.conf reads; returns its key store. */
    private static KeyStore certificado() throws Exception {
        Path armazem = diretorio.resolve("gateway.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "gateway", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", armazem.toString(), "-storepass", SENHA)
                .redirectErrorStream(true).redirectOutput(diretorio.resolve("keytool.log").toFile()).start();
        if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
            throw new IllegalStateException("keytool falhou: " + Files.readString(diretorio.resolve("keytool.log")));
        }
        KeyStore chaves = KeyStore.getInstance("PKCS12");
        try (InputStream entrada = Files.newInputStream(armazem)) {
            chaves.load(entrada, SENHA.toCharArray());
        }
        Files.writeString(diretorio.resolve("certificado.pem"),
                pem("CERTIFICATE", chaves.getCertificate("gateway").getEncoded()));
        Files.writeString(diretorio.resolve("chave.pem"),
                pem("PRIVATE KEY", chaves.getKey("gateway", SENHA.toCharArray()).getEncoded()));
        return chaves;
    }

    private static String pem(String tipo, byte[] conteudo) {
        return "-----BEGIN " + tipo + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(conteudo)
                + "\n-----END " + tipo + "-----\n";
    }

    private static HttpClient clienteComCertificado(KeyStore confiaveis) throws Exception {
        TrustManagerFactory confianca = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        confianca.init(confiaveis);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, confianca.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Each test is its own client (its own token), so rate limits of one test never touch another. */
    private static ClienteHttp cliente(String nome) {
        return new ClienteHttp(porta).com("Authorization", "Bearer teste-" + nome);
    }
}
