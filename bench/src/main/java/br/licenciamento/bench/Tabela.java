package br.licenciamento.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

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
        String secao = null;
        for (Linha linha : linhas) {
            if (!linha.secao().equals(secao)) {
                secao = linha.secao();
                saida.println();
                saida.println(secao);
            }
            saida.printf("  %-" + largura + "s %-" + larguraValor + "s %s%n", linha.medida(), linha.valor(),
                    linha.alvo().isEmpty() ? "" : "alvo: " + linha.alvo());
        }
    }
}
