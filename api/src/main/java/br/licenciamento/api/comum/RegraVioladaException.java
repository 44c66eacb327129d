package br.licenciamento.api.comum;

import java.util.List;

/**
 * Thrown by an aggregate when a command breaks a domain rule. The rule code is stable (the error's {@code regra},
 * the tests and the READMEs use it) and the message is a Portuguese sentence naming the rule, so the caller knows
 * what to do.
 *
 * <p>The sentence lives in the owning module's texts under a key that starts with the rule code: {@code regra}
 * itself, or {@code regra.variante} when one rule has several sentences (the code is the part before the first
 * dot). {@link #getMessage()} is the sentence already filled in, for the answer and for the logs.
 */
public class RegraVioladaException extends RuntimeException {

    private final String regra;
    private final String chave;
    private final List<Object> argumentos;

    public RegraVioladaException(Mensagens mensagens, String chave, Object... argumentos) {
        super(mensagens.texto(chave, argumentos));
        int ponto = chave.indexOf('.');
        this.regra = ponto < 0 ? chave : chave.substring(0, ponto);
        this.chave = chave;
        this.argumentos = argumentos == null ? List.of() : java.util.Arrays.asList(argumentos.clone());
    }

    /** A refusal already put in words elsewhere (another service's answer, a report row) passed on as it is. */
    public RegraVioladaException(String regra, String mensagem) {
        super(mensagem);
        this.regra = regra;
        this.chave = regra;
        this.argumentos = List.of();
    }

    public String regra() {
        return regra;
    }

    public String chave() {
        return chave;
    }

    public List<Object> argumentos() {
        return argumentos;
    }
}
