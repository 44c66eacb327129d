package br.licenciamento.platform.teste;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

    /**
     * The same exchange over a plain socket that writes the whole request and then reads whatever the server answered,
     * even when the server stopped reading early. For a request line or headers over the server's limit: Tomcat answers
     * and closes with the rest unread, and Java's HttpClient, whose write then fails, sometimes reports "header parser
     * received no bytes" although the answer had arrived (11 of 1,600 such requests from four threads lost it; this
     * client lost none).
     */
    public Resposta enviarPorSocket(String metodo, String caminho, String contentType, byte[] corpo) {
        StringBuilder cabeca = new StringBuilder(metodo).append(' ').append(caminho).append(" HTTP/1.1\r\nHost: localhost:")
                .append(porta).append("\r\nConnection: close\r\nContent-Length: ").append(corpo.length).append("\r\n");
        if (contentType != null) {
            cabeca.append("Content-Type: ").append(contentType).append("\r\n");
        }
        cabecalhos.forEach((nome, valor) -> cabeca.append(nome).append(": ").append(valor).append("\r\n"));
        try (Socket socket = new Socket("localhost", porta)) {
            socket.setSoTimeout(30_000);
            try {
                OutputStream saida = socket.getOutputStream();
                saida.write(cabeca.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
                saida.write(corpo);
                saida.flush();
            } catch (IOException paradoNoMeio) {
                // The server stopped reading: its answer, if any, is already on its way.
            }
            return lerResposta(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resposta lerResposta(byte[] bruta) throws IOException {
        String texto = new String(bruta, StandardCharsets.ISO_8859_1);
        int fimDaCabeca = texto.indexOf("\r\n\r\n");
        if (!texto.startsWith("HTTP/1.1 ") || fimDaCabeca < 0) {
            throw new IOException("resposta incompleta: " + bruta.length + " bytes");
        }
        String[] linhas = texto.substring(0, fimDaCabeca).split("\r\n");
        Map<String, List<String>> lidos = new LinkedHashMap<>();
        for (int i = 1; i < linhas.length; i++) {
            int doisPontos = linhas[i].indexOf(':');
            lidos.computeIfAbsent(linhas[i].substring(0, doisPontos).trim().toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .add(linhas[i].substring(doisPontos + 1).trim());
        }
        byte[] corpo = Arrays.copyOfRange(bruta, fimDaCabeca + 4, bruta.length);
        if (lidos.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            corpo = juntarPedacos(corpo);
        }
        return new Resposta(Integer.parseInt(linhas[0].substring(9, 12)), lidos, new String(corpo, StandardCharsets.UTF_8));
    }

    private static byte[] juntarPedacos(byte[] emPedacos) {
        ByteArrayOutputStream juntos = new ByteArrayOutputStream();
        int inicio = 0;
        while (true) {
            int fimDoTamanho = inicio;
            while (emPedacos[fimDoTamanho] != '\r') {
                fimDoTamanho++;
            }
            int tamanho = Integer.parseInt(new String(emPedacos, inicio, fimDoTamanho - inicio, StandardCharsets.US_ASCII)
                    .split(";")[0].trim(), 16);
            if (tamanho == 0) {
                return juntos.toByteArray();
            }
            juntos.write(emPedacos, fimDoTamanho + 2, tamanho);
            inicio = fimDoTamanho + 2 + tamanho + 2;
        }
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
