package br.licenciamento.api.processo;

public enum MotivoDeArquivamento {
    /** The applicant missed the complementation deadline (LC 140 art. 16); a new request needs a new fee. */
    PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
    /** The applicant withdrew the request. */
    DESISTENCIA,
    /** The fee slip was not paid within the agency's term; a new request needs a new fee. */
    TAXA_NAO_PAGA
}
