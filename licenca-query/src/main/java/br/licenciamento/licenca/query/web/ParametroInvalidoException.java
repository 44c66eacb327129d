package br.licenciamento.licenca.query.web;

/**
 * A query parameter that is well formed on its own but wrong in combination with others (a period that ends
 * before it starts, two filters that exclude each other): answered as 400 with the field, like any invalid field.
 */
public class ParametroInvalidoException extends RuntimeException {

    private final String campo;

    public ParametroInvalidoException(String campo, String mensagem) {
        super(mensagem);
        this.campo = campo;
    }

    public String campo() {
        return campo;
    }
}
