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
    private final List<String> ordem = new ArrayList<>();
    private String secaoAtual = "";

    void secao(String titulo) {
        reservar(titulo);
        secaoAtual = titulo;
        System.out.println("== " + titulo);
    }

    /** Places a section in the printed table before its lines exist (steps are not always run in table order). */
    void reservar(String titulo) {
        if (!ordem.contains(titulo)) {
            ordem.add(titulo);
        }
    }

    void linha(String medida, String valor, String alvo) {
        linhaEm(secaoAtual, medida, valor, alvo);
    }

    void linhaEm(String secao, String medida, String valor, String alvo) {
        reservar(secao);
        linhas.add(new Linha(secao, medida, valor, alvo));
        System.out.printf("   %-45s %s%n", medida, valor);
    }

    void imprimir(PrintStream saida) {
        int largura = linhas.stream().mapToInt(l -> l.medida().length()).max().orElse(10) + 2;
        int larguraValor = linhas.stream().mapToInt(l -> l.valor().length()).max().orElse(10) + 2;
        // A section measured in two parts (before and after a restart) is still printed as one.
        Map<String, List<Linha>> porSecao = new LinkedHashMap<>();
        linhas.forEach(l -> porSecao.computeIfAbsent(l.secao(), s -> new ArrayList<>()).add(l));
        for (String secao : ordem) {
            if (!porSecao.containsKey(secao)) {
                continue;
            }
            saida.println();
            saida.println(secao);
            for (Linha linha : porSecao.get(secao)) {
                saida.printf("  %-" + largura + "s %-" + larguraValor + "s %s%n", linha.medida(), linha.valor(),
                        linha.alvo().isEmpty() ? "" : "alvo: " + linha.alvo());
            }
        }
    }
}
