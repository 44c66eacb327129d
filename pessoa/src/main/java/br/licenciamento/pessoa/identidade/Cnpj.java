package br.licenciamento.pessoa.identidade;

import br.licenciamento.api.comum.RegraVioladaException;

import java.util.Locale;

import static br.licenciamento.pessoa.Textos.MENSAGENS;

/**
 * CNPJ: root (8) and branch (4) in [0-9A-Z] — alphanumeric from July 2026 (IN RFB 2.229/2024), the old numeric
 * ones valid under the same rule — and 2 numeric check digits. Character value = ASCII code − 48.
 */
public final class Cnpj {

    public static final String REGRA = "cnpj-valido";

    private static final int[] PESOS_DV1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] PESOS_DV2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private Cnpj() {
    }

    /** The 14 upper-case characters of a valid CNPJ, or a refusal naming the rule. */
    public static String normalizar(String entrada) {
        String limpo = limpar(entrada);
        if (!validoLimpo(limpo)) {
            throw new RegraVioladaException(MENSAGENS, REGRA);
        }
        return limpo;
    }

    public static boolean valido(String entrada) {
        return validoLimpo(limpar(entrada));
    }

    private static String limpar(String entrada) {
        return entrada == null ? "" : entrada.replaceAll("[./\\-\\s]", "").toUpperCase(Locale.ROOT);
    }

    private static boolean validoLimpo(String cnpj) {
        if (!cnpj.matches("[0-9A-Z]{12}\\d{2}") || Documentos.todosIguais(cnpj)) {
            return false;
        }
        return cnpj.charAt(12) - '0' == digitoVerificador(cnpj, PESOS_DV1)
                && cnpj.charAt(13) - '0' == digitoVerificador(cnpj, PESOS_DV2);
    }

    static int digitoVerificador(String cnpj, int[] pesos) {
        int soma = 0;
        for (int i = 0; i < pesos.length; i++) {
            soma += (cnpj.charAt(i) - '0') * pesos[i];
        }
        return Documentos.modulo11(soma);
    }

    /** Completes 12 root and branch characters with their check digits (test data, examples). */
    public static String comDigitos(String doze) {
        String treze = doze + digitoVerificador(doze, PESOS_DV1);
        return treze + digitoVerificador(treze, PESOS_DV2);
    }

    public static String formatar(String cnpj) {
        return cnpj.substring(0, 2) + "." + cnpj.substring(2, 5) + "." + cnpj.substring(5, 8) + "/"
                + cnpj.substring(8, 12) + "-" + cnpj.substring(12);
    }
}
