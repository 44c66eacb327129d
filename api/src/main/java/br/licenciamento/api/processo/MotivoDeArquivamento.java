package br.licenciamento.api.processo;

public enum MotivoDeArquivamento {
    /** The applicant missed the complementation deadline (LC 140 art. 16); a new request needs a new fee. */
    PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
    /** The applicant withdrew the request. */
    DESISTENCIA,
    /** The fee slip was not paid within the agency's term; a new request needs a new fee. */
    TAXA_NAO_PAGA,
    /**
     * The territorial analysis found another sphere competent to license the enterprise (LC 140/2011 arts. 7 to 9):
     * the request is closed here and its applicant files with the competent agency.
     */
    ORGAO_NAO_COMPETENTE
}
