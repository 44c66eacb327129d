package br.licenciamento.bench;

import java.util.concurrent.ThreadLocalRandom;

/** Valid CPF numbers (two mod-11 check digits) for the applicants of a run. */
final class Cpf {

    private Cpf() {
    }

    static String gerar() {
        int[] d = new int[11];
        do {
            for (int i = 0; i < 9; i++) {
                d[i] = ThreadLocalRandom.current().nextInt(10);
            }
        } while (d[0] == d[1] && d[1] == d[2]);
        d[9] = digito(d, 9, 10);
        d[10] = digito(d, 10, 11);
        StringBuilder cpf = new StringBuilder();
        for (int x : d) {
            cpf.append(x);
        }
        return cpf.toString();
    }

    private static int digito(int[] d, int tamanho, int pesoInicial) {
        int soma = 0;
        for (int i = 0; i < tamanho; i++) {
            soma += d[i] * (pesoInicial - i);
        }
        int resto = soma % 11;
        return resto < 2 ? 0 : 11 - resto;
    }
}
