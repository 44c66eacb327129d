package br.licenciamento.licenca.query.registro;

/** Why a version of the certificate was issued: the issue itself, then each act that changes what it prints. */
public enum MotivoDaVersao {
    EMISSAO,
    ALTERACAO_DE_CONDICIONANTE,
    SUSPENSAO,
    RENOVACAO
}
