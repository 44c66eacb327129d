package br.licenciamento.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one table a run prints: measure, figure, target. */
final class Tabela {

    private record Linha(String secao, String medida, String valor, String alvo) {
    }

    private final List<Linha> linhas = new ArrayList<>();
    private String secaoAtual = "";

    void secao(String titulo) {
        secaoAtual = titulo;
        System.out.println("== " + titulo);
    }

    void linha(String medida, String valor, String alvo) {
        linhas.add(new Linha(secaoAtual, medida, valor, alvo));
        System.out.printf("   %-45s %s%n", medida, valor);
    }

    void imprimir(PrintStream saida) {
        int largura = linhas.stream().mapToInt(l -> l.medida().length()).max().orElse(10) + 2;
        int larguraValor = linhas.stream().mapToInt(l -> l.valor().length()).max().orElse(10) + 2;
        // A section measured in two parts (before and after a restart) is still printed as one.
        Map<String, List<Linha>> porSecao = new LinkedHashMap<>();
        linhas.forEach(l -> porSecao.computeIfAbsent(l.secao(), s -> new ArrayList<>()).add(l));
        for (Map.Entry<String, List<Linha>> secao : porSecao.entrySet()) {
            saida.println();
            saida.println(secao.getKey());
            for (Linha linha : secao.getValue()) {
                saida.printf("  %-" + largura + "s %-" + larguraValor + "s %s%n", linha.medida(), linha.valor(),
                        linha.alvo().isEmpty() ? "" : "alvo: " + linha.alvo());
            }
        }
    }
}
