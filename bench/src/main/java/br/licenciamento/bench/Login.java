package br.licenciamento.bench;

import tools.jackson.databind.json.JsonMapper;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs in as a person does (authorization code + PKCE with the platform's public client and a demo user), so the
 * benchmark measures the API with the same token validation every real request pays for.
 */
final class Login {

    private static final String CLIENTE = "licenciamento-web";
    private static final String RETORNO = "http://127.0.0.1/autorizado";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Login() {
    }

    static String token(String base, String login, String senha) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        byte[] aleatorio = new byte[32];
        new SecureRandom().nextBytes(aleatorio);
        String verificador = Base64.getUrlEncoder().withoutPadding().encodeToString(aleatorio);
        String desafio = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verificador.getBytes(StandardCharsets.US_ASCII)));
        get(http, base + "/oauth2/authorize?" + formulario(Map.of("response_type", "code", "client_id", CLIENTE,
                "redirect_uri", RETORNO, "scope", "openid", "state", "bench", "code_challenge", desafio,
                "code_challenge_method", "S256")));
        Matcher csrf = CSRF.matcher(get(http, base + "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("Pagina de login inesperada");
        }
        HttpResponse<String> entrada = post(http, base + "/login",
                formulario(Map.of("username", login, "password", senha, "_csrf", csrf.group(1))));
        String destino = entrada.headers().firstValue("Location").orElseThrow();
        String comCodigo = get(http, destino.startsWith("http") ? destino : base + destino)
                .headers().firstValue("Location").orElseThrow();
        String codigo = URLDecoder.decode(comCodigo.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        Map<String, String> troca = new LinkedHashMap<>();
        troca.put("grant_type", "authorization_code");
        troca.put("code", codigo);
        troca.put("redirect_uri", RETORNO);
        troca.put("client_id", CLIENTE);
        troca.put("code_verifier", verificador);
        HttpResponse<String> tokens = post(http, base + "/oauth2/token", formulario(troca));
        return JsonMapper.builder().build().readTree(tokens.body()).get("access_token").asString();
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String corpo) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(corpo)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String formulario(Map<String, String> campos) {
        return campos.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
