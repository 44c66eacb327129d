package br.licenciamento.platform.teste;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP client for integration tests: they reach the platform the way a user's client does, over a
 * real socket, and see every status and header as sent.
 */
public final class ClienteHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int porta;
    private final String base;
    private final Map<String, String> cabecalhos = new LinkedHashMap<>();

    public ClienteHttp(int porta) {
        this.porta = porta;
        this.base = "http://localhost:" + porta;
    }

    public int porta() {
        return porta;
    }

    /** A header sent with every request from now on (for example a bearer token). */
    public ClienteHttp com(String nome, String valor) {
        cabecalhos.put(nome, valor);
        return this;
    }

    public Resposta get(String caminho) {
        return enviar(requisicao(caminho).GET());
    }

    public Resposta post(String caminho, String json) {
        return enviar(requisicao(caminho).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Resposta enviar(String metodo, String caminho, String contentType, byte[] corpo) {
        HttpRequest.Builder builder = requisicao(caminho).method(metodo, HttpRequest.BodyPublishers.ofByteArray(corpo));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return enviar(builder);
    }

    private HttpRequest.Builder requisicao(String caminho) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + caminho)).timeout(Duration.ofSeconds(30));
        cabecalhos.forEach(builder::header);
        return builder;
    }

    private Resposta enviar(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> resposta = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Resposta(resposta.statusCode(), resposta.headers().map(), resposta.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Resposta(int status, Map<String, java.util.List<String>> cabecalhos, String corpo) {

        public JsonNode json() {
            return JSON.readTree(corpo);
        }

        public Optional<String> cabecalho(String nome) {
            return cabecalhos.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(nome))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return cabecalho("Content-Type").orElse("");
        }
    }
}
