package br.licenciamento.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform's HTTP API as each role's user sees it (the demo users, or those the benchmark created): one bearer token per role, obtained by the same sign-in a
 * browser does (authorization code + PKCE), and obtained again when it expires (access tokens last 15 minutes,
 * a full run lasts longer).
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The demo users of the embedded mode (auth/README.md): login = role in lower case, password demo-login. */
    enum Papel {
        REQUERENTE, GESTOR, ANALISTA, FISCAL, ADMIN;

        String login() {
            return name().toLowerCase();
        }
    }

    /** Login and password of the user who acts in each role. */
    interface Credenciais {
        String[] de(Papel papel);
    }

    /** The embedded mode's demo users. */
    static final Credenciais DEMONSTRACAO = papel -> new String[]{papel.login(), "demo-" + papel.login()};

    private final String base;
    private final Credenciais credenciais;
    /** Where users sign in: the same address, or the gateway when this one is a service's own port. */
    private final String baseDoLogin;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Papel, String> tokens = new ConcurrentHashMap<>();

    Api(String base) {
        this(base, DEMONSTRACAO);
    }

    Api(String base, Credenciais credenciais) {
        this(base, credenciais, base);
    }

    private Api(String base, Credenciais credenciais, String baseDoLogin) {
        this.base = base;
        this.credenciais = credenciais;
        this.baseDoLogin = baseDoLogin;
    }

    /** The same users, signed in here, on another address (a service's own port in the service mode). */
    Api em(String outraBase) {
        return new Api(outraBase, credenciais, baseDoLogin);
    }

    String base() {
        return base;
    }

    HttpResponse<String> get(Papel papel, String caminho) throws Exception {
        return enviar(papel, HttpRequest.newBuilder(URI.create(base + caminho)).GET());
    }

    HttpResponse<String> post(Papel papel, String caminho, String json) throws Exception {
        return enviar(papel, HttpRequest.newBuilder(URI.create(base + caminho)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart upload of one PDF, as a browser form sends it. */
    HttpResponse<String> enviarPdf(Papel papel, String caminho, String nome, String categoria, byte[] pdf) throws Exception {
        String fronteira = "----bench" + UUID.randomUUID();
        ByteArrayOutputStream corpo = new ByteArrayOutputStream(pdf.length + 512);
        corpo.writeBytes(("--" + fronteira + "\r\nContent-Disposition: form-data; name=\"categoria\"\r\n\r\n" + categoria
                + "\r\n--" + fronteira + "\r\nContent-Disposition: form-data; name=\"arquivo\"; filename=\"" + nome
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        corpo.writeBytes(pdf);
        corpo.writeBytes(("\r\n--" + fronteira + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return enviar(papel, HttpRequest.newBuilder(URI.create(base + caminho))
                .header("Content-Type", "multipart/form-data; boundary=" + fronteira)
                .POST(HttpRequest.BodyPublishers.ofByteArray(corpo.toByteArray())));
    }

    JsonNode json(HttpResponse<String> resposta) {
        return JSON.readTree(resposta.body());
    }

    private HttpResponse<String> enviar(Papel papel, HttpRequest.Builder pedido) throws Exception {
        String token = token(papel);
        HttpResponse<String> resposta = http.send(pedido.copy().timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (resposta.statusCode() == 401) {
            renovar(papel, token);
            resposta = http.send(pedido.copy().timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token(papel)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return resposta;
    }

    private String token(Papel papel) throws Exception {
        String token = tokens.get(papel);
        return token != null ? token : renovar(papel, null);
    }

    /** Signs in again unless another thread already replaced the expired token. */
    private synchronized String renovar(Papel papel, String expirado) throws Exception {
        String atual = tokens.get(papel);
        if (atual != null && !atual.equals(expirado)) {
            return atual;
        }
        String[] usuario = credenciais.de(papel);
        String novo = Login.token(baseDoLogin, usuario[0], usuario[1]);
        tokens.put(papel, novo);
        return novo;
    }
}
