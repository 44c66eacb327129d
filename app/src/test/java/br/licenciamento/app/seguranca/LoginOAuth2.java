package br.licenciamento.app.seguranca;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person signing in the way a browser app does: authorization request with PKCE, the sign-in form of the
 * auth module (session cookie and CSRF token), the redirect with the code, and the code exchanged for tokens.
 * Redirects are followed by hand so each step can be checked.
 */
public final class LoginOAuth2 {

    public static final String CLIENTE_WEB = "licenciamento-web";
    /** A native-app style loopback address; the server accepts it on any port and nothing needs to listen. */
    public static final String REDIRECIONAMENTO = "http://127.0.0.1/autorizado";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom ALEATORIO = new SecureRandom();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String verificador = aleatorio();
    private final String estado = aleatorio();

    public record Tokens(String acesso, String renovacao, String idToken, Instant expiraEm, JsonNode resposta) {
    }

    public record Resposta(int status, String location, String corpo) {
    }

    public LoginOAuth2(int porta) {
        this.base = "http://localhost:" + porta;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The full flow for the public client; fails with the step that went wrong. */
    public static Tokens entrar(int porta, String login, String senha) {
        LoginOAuth2 navegador = new LoginOAuth2(porta);
        Resposta autorizacao = navegador.pedirAutorizacao(CLIENTE_WEB);
        if (autorizacao.status() != 302 || !autorizacao.location().contains("/login")) {
            throw new IllegalStateException("Pedido de autorizacao nao levou ao login: " + autorizacao);
        }
        Resposta login1 = navegador.enviarLogin(login, senha);
        if (login1.location() == null || login1.location().contains("/login")) {
            throw new IllegalStateException("Login de " + login + " recusado: " + login1);
        }
        String codigo = navegador.codigoDoRedirecionamento(navegador.get(login1.location()));
        return navegador.trocarCodigo(CLIENTE_WEB, null, codigo);
    }

    public Resposta pedirAutorizacao(String clientId) {
        return get("/oauth2/authorize?" + formulario(Map.of(
                "response_type", "code",
                "client_id", clientId,
                "redirect_uri", REDIRECIONAMENTO,
                "scope", "openid",
                "state", estado,
                "code_challenge", desafio(verificador),
                "code_challenge_method", "S256")));
    }

    /** Opens the sign-in page and posts the form with its CSRF token; answers the redirect that follows. */
    public Resposta enviarLogin(String login, String senha) {
        Resposta pagina = get("/login");
        Matcher csrf = CSRF.matcher(pagina.corpo());
        if (pagina.status() != 200 || !csrf.find()) {
            throw new IllegalStateException("Pagina de login inesperada: " + pagina);
        }
        return postar("/login", formulario(Map.of("username", login, "password", senha, "_csrf", csrf.group(1))), null);
    }

    /** The code from the redirect to the client, after checking the state came back unchanged. */
    public String codigoDoRedirecionamento(Resposta resposta) {
        if (resposta.status() != 302 || resposta.location() == null || !resposta.location().startsWith(REDIRECIONAMENTO)) {
            throw new IllegalStateException("Sem redirecionamento com o codigo: " + resposta);
        }
        Map<String, String> parametros = parametros(URI.create(resposta.location()).getRawQuery());
        if (!estado.equals(parametros.get("state"))) {
            throw new IllegalStateException("state diferente do enviado: " + resposta.location());
        }
        return parametros.get("code");
    }

    public Tokens trocarCodigo(String clientId, String segredo, String codigo) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put("grant_type", "authorization_code");
        campos.put("code", codigo);
        campos.put("redirect_uri", REDIRECIONAMENTO);
        campos.put("code_verifier", verificador);
        if (segredo == null) {
            campos.put("client_id", clientId);
        }
        return tokens(postar("/oauth2/token", formulario(campos), segredo == null ? null : basic(clientId, segredo)));
    }

    public Tokens renovar(String clientId, String segredo, String renovacao) {
        return tokens(postar("/oauth2/token", formulario(Map.of("grant_type", "refresh_token", "refresh_token", renovacao)),
                basic(clientId, segredo)));
    }

    public Resposta tokenDeSistema(String clientId, String segredo) {
        return postar("/oauth2/token", formulario(Map.of("grant_type", "client_credentials", "scope", "taxas")),
                basic(clientId, segredo));
    }

    public Resposta get(String caminhoOuUrl) {
        return enviar(HttpRequest.newBuilder(uri(caminhoOuUrl)).header("Accept", "text/html,application/xhtml+xml").GET());
    }

    public Resposta postar(String caminho, String formulario, String autorizacao) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(caminho))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulario));
        if (autorizacao != null) {
            builder.header("Authorization", autorizacao);
        }
        return enviar(builder);
    }

    private static Tokens tokens(Resposta resposta) {
        if (resposta.status() != 200) {
            throw new IllegalStateException("Endpoint de token recusou: " + resposta);
        }
        JsonNode json = JSON.readTree(resposta.corpo());
        return new Tokens(json.get("access_token").asString(),
                json.has("refresh_token") ? json.get("refresh_token").asString() : null,
                json.has("id_token") ? json.get("id_token").asString() : null,
                Instant.now().plusSeconds(json.get("expires_in").asLong()), json);
    }

    private URI uri(String caminhoOuUrl) {
        return URI.create(caminhoOuUrl.startsWith("http") ? caminhoOuUrl : base + caminhoOuUrl);
    }

    private Resposta enviar(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> resposta = http.send(builder.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Resposta(resposta.statusCode(), resposta.headers().firstValue("Location").orElse(null), resposta.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String basic(String clientId, String segredo) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + segredo).getBytes(StandardCharsets.UTF_8));
    }

    private static String formulario(Map<String, String> campos) {
        return campos.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parametros(String consulta) {
        Map<String, String> parametros = new LinkedHashMap<>();
        for (String par : consulta.split("&")) {
            int igual = par.indexOf('=');
            parametros.put(java.net.URLDecoder.decode(igual < 0 ? par : par.substring(0, igual), StandardCharsets.UTF_8),
                    igual < 0 ? "" : java.net.URLDecoder.decode(par.substring(igual + 1), StandardCharsets.UTF_8));
        }
        return parametros;
    }

    private static String aleatorio() {
        byte[] bytes = new byte[32];
        ALEATORIO.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String desafio(String verificador) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verificador.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
