package br.licenciamento.bench;

import br.licenciamento.bench.Api.Papel;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The event processors through the operations API (/api/v1/ops/processadores), as an ADMIN: of the one process, or of
 * every service in the service mode (each serves its own; the gateway does not route the operations API).
 */
final class Processadores {

    private final List<Api> apis;

    Processadores(Api api) {
        this(List.of(api));
    }

    Processadores(List<Api> apis) {
        this.apis = List.copyOf(apis);
    }

    /** {@code posicao}: the position of the segment furthest behind (-1 when unknown). */
    record Estado(String nome, boolean streaming, boolean admiteReplay, long atrasoEmEventos, boolean emReplay,
                  boolean comErro, long posicao) {
    }

    List<Estado> listar() throws Exception {
        List<Estado> estados = new ArrayList<>();
        for (Api api : apis) {
            HttpResponse<String> resposta = api.get(Papel.ADMIN, "/api/v1/ops/processadores");
            if (resposta.statusCode() != 200) {
                throw new IllegalStateException("Processadores: " + resposta.statusCode() + " " + resposta.body());
            }
            for (JsonNode p : api.json(resposta)) {
                estados.add(estado(p));
            }
        }
        return estados;
    }

    Estado um(String nome) throws Exception {
        return estado(apis.get(0).json(apis.get(0).get(Papel.ADMIN, "/api/v1/ops/processadores/" + nome)));
    }

    List<String> streaming() throws Exception {
        return listar().stream().filter(Estado::streaming).map(Estado::nome).toList();
    }

    /** Waits until every streaming processor has handled the whole stream; answers the seconds it took. */
    double esperarEmDia(Duration limite) throws Exception {
        long inicio = System.nanoTime();
        while (true) {
            List<Estado> atrasados = listar().stream().filter(e -> e.streaming() && (e.atrasoEmEventos() > 0 || e.emReplay())).toList();
            if (atrasados.isEmpty()) {
                return (System.nanoTime() - inicio) / 1e9;
            }
            if (System.nanoTime() - inicio > limite.toNanos()) {
                throw new IllegalStateException("Processadores ainda atrasados apos " + limite.toSeconds() + " s: " + atrasados);
            }
            // Once a second: each listing computes every lagging processor's lag in time by opening an event stream.
            Thread.sleep(1000);
        }
    }

    /** Largest backlog (events) among the streaming processors right now. */
    long maiorAtraso() throws Exception {
        return listar().stream().filter(Estado::streaming).mapToLong(Estado::atrasoEmEventos).max().orElse(0);
    }

    void parar(String nome) throws Exception {
        acao(nome, "parar", null);
    }

    void iniciar(String nome) throws Exception {
        acao(nome, "iniciar", null);
    }

    void replay(String nome) throws Exception {
        acao(nome, "replay", "{}");
    }

    private void acao(String nome, String acao, String corpo) throws Exception {
        HttpResponse<String> resposta = apis.get(0).post(Papel.ADMIN, "/api/v1/ops/processadores/" + nome + "/" + acao,
                corpo == null ? "" : corpo);
        if (resposta.statusCode() != 202) {
            throw new IllegalStateException(acao + " de " + nome + " recusado: " + resposta.statusCode() + " " + resposta.body());
        }
    }

    private static Estado estado(JsonNode p) {
        long posicao = Long.MAX_VALUE;
        for (JsonNode segmento : p.get("segmentos")) {
            JsonNode valor = segmento.get("posicao");
            posicao = Math.min(posicao, valor == null || valor.isNull() ? -1 : valor.asLong());
        }
        return new Estado(p.get("nome").asString(), !"subscribing".equals(p.get("modo").asString()),
                p.get("admiteReplay").asBoolean(), p.get("atrasoEmEventos").asLong(), p.get("emReplay").asBoolean(),
                p.get("comErro").asBoolean(), posicao == Long.MAX_VALUE ? -1 : posicao);
    }
}
