package br.licenciamento.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds every projection through the operations API (reset to the start of the stream, then replay) and
 * times how long until each has caught up. Processors that do not admit replay (sagas) are left alone. A replay
 * that outlasts its time limit is reported from the progress made so far (position reached / time), so a slow
 * projection gives a figure instead of stopping the run.
 */
final class Replay {

    private final Processadores processadores;

    Replay(Processadores processadores) {
        this.processadores = processadores;
    }

    /** Per processor: events per second, and whether it finished (false: rate from the position it reached). */
    record Taxa(double eventosPorSegundo, boolean terminou) {
    }

    record Resultado(long eventos, double segundos, Map<String, Taxa> porProcessador, List<String> reconstruidos,
                     List<String> ignorados) {

        boolean terminou() {
            return porProcessador.values().stream().allMatch(Taxa::terminou);
        }

        /** The rebuild of all projections goes as fast as the slowest one. */
        double eventosPorSegundo() {
            return porProcessador.values().stream().mapToDouble(Taxa::eventosPorSegundo).min().orElse(Double.NaN);
        }

        String resumo() {
            StringBuilder s = new StringBuilder(terminou()
                    ? "%.0f eventos/s (todas as projecoes em %.1f s".formatted(eventos / segundos, segundos)
                    : "%.0f eventos/s (PARCIAL: limite de %.0f s atingido".formatted(eventosPorSegundo(), segundos));
            porProcessador.forEach((nome, t) -> s.append("; ").append(nome).append(" %.0f/s".formatted(t.eventosPorSegundo()))
                    .append(t.terminou() ? "" : " parcial"));
            return s.append(")").toString();
        }
    }

    Resultado reconstruirTudo(long eventos, Duration limite) throws Exception {
        List<String> reconstruidos = new ArrayList<>();
        List<String> ignorados = new ArrayList<>();
        for (Processadores.Estado p : processadores.listar()) {
            if (p.streaming() && p.admiteReplay()) {
                reconstruidos.add(p.nome());
            } else if (p.streaming()) {
                ignorados.add(p.nome());
            }
        }
        long inicio = System.nanoTime();
        for (String nome : reconstruidos) {
            processadores.replay(nome);
        }
        Map<String, Taxa> taxas = new LinkedHashMap<>();
        while (taxas.size() < reconstruidos.size()) {
            boolean esgotado = System.nanoTime() - inicio > limite.toNanos();
            for (String nome : reconstruidos) {
                if (!taxas.containsKey(nome)) {
                    Processadores.Estado p = processadores.um(nome);
                    if (p.comErro()) {
                        throw new IllegalStateException("O replay de " + nome + " parou com erro");
                    }
                    double segundos = (System.nanoTime() - inicio) / 1e9;
                    if (p.atrasoEmEventos() == 0 && !p.emReplay()) {
                        taxas.put(nome, new Taxa(eventos / segundos, true));
                    } else if (esgotado) {
                        taxas.put(nome, new Taxa(Math.max(0, p.posicao()) / segundos, false));
                    }
                }
            }
            // Not more often: each question opens an event stream in the platform (lag in time), which costs it CPU.
            Thread.sleep(1000);
        }
        return new Resultado(eventos, (System.nanoTime() - inicio) / 1e9, taxas, reconstruidos, ignorados);
    }
}
