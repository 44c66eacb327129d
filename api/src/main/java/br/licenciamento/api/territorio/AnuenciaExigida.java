package br.licenciamento.api.territorio;

/**
 * A protected territory whose manager must authorize the licence, or be notified of it, before it is granted.
 *
 * @param fundamento the legal basis, e.g. "Resolução CONAMA 428/2010, art. 1º"
 */
public record AnuenciaExigida(String feicaoId, String nome, Esfera esferaDoGestor, Natureza natureza, String fundamento) {

    /** Authorization blocks the grant until recorded; a notice only has to be recorded as sent. */
    public enum Natureza {
        AUTORIZACAO,
        CIENCIA
    }
}
