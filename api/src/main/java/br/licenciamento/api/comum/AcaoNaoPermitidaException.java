package br.licenciamento.api.comum;

/**
 * Thrown when the acting user may take this kind of step but not on this resource, for example an analyst acting on a
 * process assigned to someone else. The answer is 403 naming the rule.
 */
public class AcaoNaoPermitidaException extends RuntimeException {

    private final String regra;

    /** The sentence under {@code chave} ({@code regra} or {@code regra.variante}) in the owning module's texts. */
    public AcaoNaoPermitidaException(Mensagens mensagens, String chave, Object... argumentos) {
        super(mensagens.texto(chave, argumentos));
        int ponto = chave.indexOf('.');
        this.regra = ponto < 0 ? chave : chave.substring(0, ponto);
    }

    public AcaoNaoPermitidaException(String regra, String mensagem) {
        super(mensagem);
        this.regra = regra;
    }

    public String regra() {
        return regra;
    }
}
