package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.comum.RegraVioladaException;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * A geometry (the enterprise's location or a layer's feature) or a layer file that cannot be accepted: answered 400
 * problem+json naming the field ({@code campo}) and the rule ({@code regra}, the key before its first dot).
 */
public class GeometriaInvalidaException extends RuntimeException {

    private final String campo;
    private final String regra;
    private final String chave;
    private final Object[] argumentos;

    public GeometriaInvalidaException(String campo, String chave, Object... argumentos) {
        super(MENSAGENS.texto(chave, argumentos));
        this.campo = campo;
        this.chave = chave;
        this.argumentos = argumentos;
        int ponto = chave.indexOf('.');
        this.regra = ponto < 0 ? chave : chave.substring(0, ponto);
    }

    public String campo() {
        return campo;
    }

    public String regra() {
        return regra;
    }

    /** The same refusal from inside an aggregate, where the platform answers a rule (422) rather than a field (400). */
    public RegraVioladaException comoRegraViolada() {
        return new RegraVioladaException(MENSAGENS, chave, argumentos);
    }
}
