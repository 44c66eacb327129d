package br.licenciamento.api.comum;

/**
 * Thrown when the acting user may take this kind of step but not on this resource, for example an analyst acting on a
 * process assigned to someone else. The answer is 403 naming the rule.
 */
public class AcaoNaoPermitidaException extends RuntimeException {

    private final String regra;

    public AcaoNaoPermitidaException(String regra, String mensagem) {
        super(mensagem);
        this.regra = regra;
    }

    public String regra() {
        return regra;
    }
}
