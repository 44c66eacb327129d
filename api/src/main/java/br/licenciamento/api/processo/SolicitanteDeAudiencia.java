package br.licenciamento.api.processo;

/** Who may ask for a public hearing (CONAMA 09/1987 art. 2). */
public enum SolicitanteDeAudiencia {
    ENTIDADE_CIVIL, MINISTERIO_PUBLICO, CIDADAOS, ORGAO_LICENCIADOR
}
