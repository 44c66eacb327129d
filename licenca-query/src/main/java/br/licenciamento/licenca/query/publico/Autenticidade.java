package br.licenciamento.licenca.query.publico;

/**
 * The answer to an authenticity check: {@code licenca} only when number and code match a licence issued by this
 * agency. The answer never says whether the number alone exists. {@code documento} says which version of the printed
 * certificate was checked and whether it is the current one (null when the licence is not authentic).
 */
public record Autenticidade(boolean autentica, String mensagem, LicencaPublica licenca, DocumentoConferido documento) {
}
