package br.licenciamento.app.ops;

import br.licenciamento.platform.teste.ClienteHttp;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The segments each instance holds of each tracking processor, as its operations API shows them. */
public final class SegmentosDosProcessadores {

    private SegmentosDosProcessadores() {
    }

    /** Tracking processor → ids of the segments this instance holds ({@code api} signed in as ADMIN). */
    public static Map<String, Set<Integer>> de(ClienteHttp api) {
        ClienteHttp.Resposta resposta = api.get("/api/v1/ops/processadores");
        if (resposta.status() != 200) {
            throw new IllegalStateException("Processadores indisponiveis: " + resposta.status() + " " + resposta.corpo());
        }
        Map<String, Set<Integer>> porProcessador = new LinkedHashMap<>();
        for (JsonNode processador : resposta.json()) {
            if (processador.get("modo").asString().equals("tracking")) {
                Set<Integer> segmentos = new TreeSet<>();
                processador.get("segmentos").forEach(s -> segmentos.add(s.get("id").asInt()));
                porProcessador.put(processador.get("nome").asString(), segmentos);
            }
        }
        return porProcessador;
    }

    /** Two instances, each with exactly one of the two segments of every tracking processor. */
    public static boolean divididos(List<Map<String, Set<Integer>>> instancias) {
        if (instancias.size() != 2 || instancias.get(0).isEmpty()) {
            return false;
        }
        Map<String, Set<Integer>> uma = instancias.get(0);
        Map<String, Set<Integer>> outra = instancias.get(1);
        return uma.keySet().stream().allMatch(processador -> uma.get(processador).size() == 1
                && outra.getOrDefault(processador, Set.of()).size() == 1 && !uma.get(processador).equals(outra.get(processador)));
    }

    /** One instance holding both segments of every tracking processor. */
    public static boolean todosCom(Map<String, Set<Integer>> instancia) {
        return !instancia.isEmpty() && instancia.values().stream().allMatch(segmentos -> segmentos.equals(Set.of(0, 1)));
    }
}
