package br.licenciamento.pessoa.identidade;

import br.licenciamento.api.comum.RegraVioladaException;

import static br.licenciamento.pessoa.Textos.MENSAGENS;

/** CPF: 11 digits, two mod-11 check digits; punctuated or plain input, stored as digits only. */
public final class Cpf {

    public static final String REGRA = "cpf-valido";

    private Cpf() {
    }

    /** The 11 digits of a valid CPF, or a refusal naming the rule. */
    public static String normalizar(String entrada) {
        String digitos = entrada == null ? "" : entrada.replaceAll("[.\\-\\s]", "");
        if (!valido(digitos)) {
            throw new RegraVioladaException(MENSAGENS, REGRA);
        }
        return digitos;
    }

    public static boolean valido(String entrada) {
        if (entrada == null) {
            return false;
        }
        String digitos = entrada.replaceAll("[.\\-\\s]", "");
        if (!digitos.matches("\\d{11}") || Documentos.todosIguais(digitos)) {
            return false;
        }
        return digitos.charAt(9) - '0' == digitoVerificador(digitos, 9)
                && digitos.charAt(10) - '0' == digitoVerificador(digitos, 10);
    }

    /** Check digit over the first {@code quantidade} digits, weights from quantidade+1 down to 2. */
    static int digitoVerificador(String digitos, int quantidade) {
        int soma = 0;
        for (int i = 0; i < quantidade; i++) {
            soma += (digitos.charAt(i) - '0') * (quantidade + 1 - i);
        }
        return Documentos.modulo11(soma);
    }

    /** Completes 9 base digits with their check digits (test data, examples). */
    public static String comDigitos(String nove) {
        String dez = nove + digitoVerificador(nove, 9);
        return dez + digitoVerificador(dez, 10);
    }

    public static String formatar(String digitos) {
        return digitos.substring(0, 3) + "." + digitos.substring(3, 6) + "." + digitos.substring(6, 9) + "-" + digitos.substring(9);
    }
}
