package br.licenciamento.api.comum;

/**
 * Thrown by an aggregate when a command breaks a domain rule. The rule code is stable and the message is a
 * Portuguese sentence naming the rule, so the caller knows what to do.
 */
public class RegraVioladaException extends RuntimeException {

    private final String regra;

    public RegraVioladaException(String regra, String mensagem) {
        super(mensagem);
        this.regra = regra;
    }

    public String regra() {
        return regra;
    }
}
