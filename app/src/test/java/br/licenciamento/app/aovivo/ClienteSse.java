package br.licenciamento.app.aovivo;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A server-sent events client on the plain JDK HTTP client, as a browser's EventSource reads a stream: lines
 * {@code event:}, {@code data:}, comments starting with ':' and a blank line ending each event. Events arrive on a
 * reader thread and wait in a queue for the test.
 */
public final class ClienteSse implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public record Evento(String nome, String dados) {
        public JsonNode json() {
            return JSON.readTree(dados);
        }
    }

    private final HttpResponse<InputStream> resposta;
    private final BlockingQueue<Evento> eventos = new LinkedBlockingQueue<>();
    private final AtomicInteger comentarios = new AtomicInteger();
    private final Thread leitor;
    private final String corpoDoErro;

    private ClienteSse(HttpResponse<InputStream> resposta) throws IOException {
        this.resposta = resposta;
        if (resposta.statusCode() != 200) {
            try (InputStream corpo = resposta.body()) {
                corpoDoErro = new String(corpo.readAllBytes(), StandardCharsets.UTF_8);
            }
            leitor = null;
            return;
        }
        corpoDoErro = null;
        leitor = new Thread(this::ler, "cliente-sse");
        leitor.setDaemon(true);
        leitor.start();
    }

    public static ClienteSse abrir(int porta, String token, String caminho) {
        HttpRequest pedido = HttpRequest.newBuilder(URI.create("http://localhost:" + porta + caminho))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + token)
                .GET().build();
        try {
            return new ClienteSse(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(pedido, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return resposta.statusCode();
    }

    String contentType() {
        return resposta.headers().firstValue("Content-Type").orElse("");
    }

    String cabecalho(String nome) {
        return resposta.headers().firstValue(nome).orElse(null);
    }

    /** Body of a refused stream (problem+json). */
    JsonNode erro() {
        return JSON.readTree(corpoDoErro);
    }

    int comentarios() {
        return comentarios.get();
    }

    /** The next event, failing if none arrives in time. */
    public Evento proximo(Duration limite) {
        try {
            Evento evento = eventos.poll(limite.toMillis(), TimeUnit.MILLISECONDS);
            if (evento == null) {
                throw new AssertionError("Nenhum evento em " + limite);
            }
            return evento;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Events up to and including the first that matches; fails if it does not arrive in time. */
    public List<Evento> ate(Predicate<Evento> condicao, Duration limite) {
        List<Evento> recebidos = new ArrayList<>();
        long fim = System.nanoTime() + limite.toNanos();
        while (true) {
            long resta = fim - System.nanoTime();
            if (resta <= 0) {
                throw new AssertionError("Evento esperado nao chegou em " + limite + "; recebidos: " + recebidos);
            }
            Evento evento = proximo(Duration.ofNanos(resta));
            recebidos.add(evento);
            if (condicao.test(evento)) {
                return recebidos;
            }
        }
    }

    private void ler() {
        try (BufferedReader linhas = new BufferedReader(new InputStreamReader(resposta.body(), StandardCharsets.UTF_8))) {
            String nome = null;
            StringBuilder dados = new StringBuilder();
            String linha;
            while ((linha = linhas.readLine()) != null) {
                if (linha.isEmpty()) {
                    if (dados.length() > 0) {
                        eventos.add(new Evento(nome == null ? "message" : nome, dados.toString()));
                    }
                    nome = null;
                    dados.setLength(0);
                } else if (linha.startsWith(":")) {
                    comentarios.incrementAndGet();
                } else if (linha.startsWith("event:")) {
                    nome = linha.substring(6).trim();
                } else if (linha.startsWith("data:")) {
                    if (dados.length() > 0) {
                        dados.append('\n');
                    }
                    dados.append(linha.substring(5).startsWith(" ") ? linha.substring(6) : linha.substring(5));
                }
            }
        } catch (IOException fechado) {
            // The test closed the stream, or the server ended it.
        }
    }

    /** Closes the connection, as a browser tab that goes away. */
    @Override
    public void close() {
        try {
            resposta.body().close();
        } catch (IOException e) {
            // Already closed.
        }
        if (leitor != null) {
            leitor.interrupt();
        }
    }
}
