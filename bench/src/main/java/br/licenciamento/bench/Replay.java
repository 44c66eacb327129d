package br.licenciamento.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rebuilds every projection through the operations API and times how long until all have caught up. */
final class Replay {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Operations need an ADMIN. */
    Replay(String base) throws Exception {
        this.base = base;
        this.token = Login.token(base, "admin", "demo-admin");
    }

    record Resultado(long eventos, double segundos, Map<String, Double> segundosPorProcessador) {

        String resumo() {
            StringBuilder s = new StringBuilder("%.0f eventos/s (todas as projecoes em %.1f s".formatted(eventos / segundos, segundos));
            segundosPorProcessador.forEach((nome, t) -> s.append("; ").append(nome).append(" %.1f s".formatted(t)));
            return s.append(")").toString();
        }
    }

    Resultado reconstruirTudo(long eventos) throws Exception {
        List<String> processadores = new ArrayList<>();
        for (JsonNode p : get("/api/v1/ops/processadores")) {
            if (p.get("admiteReplay").asBoolean()) {
                processadores.add(p.get("nome").asString());
            }
        }
        long inicio = System.nanoTime();
        for (String nome : processadores) {
            HttpResponse<String> resposta = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/ops/processadores/" + nome + "/replay"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (resposta.statusCode() != 202) {
                throw new IllegalStateException("Replay de " + nome + " recusado: " + resposta.body());
            }
        }
        Map<String, Double> tempos = new LinkedHashMap<>();
        while (tempos.size() < processadores.size()) {
            for (String nome : processadores) {
                if (!tempos.containsKey(nome)) {
                    JsonNode p = get("/api/v1/ops/processadores/" + nome);
                    if (p.get("atrasoEmEventos").asLong() == 0 && !p.get("emReplay").asBoolean()) {
                        tempos.put(nome, (System.nanoTime() - inicio) / 1e9);
                    }
                }
            }
            if (System.nanoTime() - inicio > Duration.ofHours(1).toNanos()) {
                throw new IllegalStateException("Replay nao terminou em 1 hora: " + tempos);
            }
            Thread.sleep(200);
        }
        return new Resultado(eventos, (System.nanoTime() - inicio) / 1e9, tempos);
    }

    private JsonNode get(String caminho) throws Exception {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + caminho))
                        .header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
