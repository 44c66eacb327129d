package br.licenciamento.licenca.query.publico;

/**
 * The answer to an authenticity check: {@code licenca} only when number and code match a licence issued by this
 * agency. The answer never says whether the number alone exists.
 */
public record Autenticidade(boolean autentica, String mensagem, LicencaPublica licenca) {
}
