package br.licenciamento.api.licenca;

/** Grounds for suspending or cancelling a licence (CONAMA 237 art. 19; Lei 15.190 art. 16). */
public enum MotivoDeSancao {
    DESCUMPRIMENTO_DE_CONDICIONANTE,
    INFORMACAO_FALSA_OU_OMITIDA,
    RISCO_AMBIENTAL_OU_A_SAUDE
}
