package br.licenciamento.pessoa.identidade;

final class Documentos {

    private Documentos() {
    }

    static int modulo11(int soma) {
        int resto = soma % 11;
        return resto < 2 ? 0 : 11 - resto;
    }

    /** 111.111.111-11 and the like pass the check digits but are not real documents. */
    static boolean todosIguais(String valor) {
        return valor.chars().distinct().count() == 1;
    }
}
