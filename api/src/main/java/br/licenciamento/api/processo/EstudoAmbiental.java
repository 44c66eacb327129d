package br.licenciamento.api.processo;

/** Environmental studies a procedure may require. */
public enum EstudoAmbiental {
    /** Estudo e Relatorio de Impacto Ambiental (significant impact). */
    EIA_RIMA,
    /** Relatorio Ambiental Simplificado. */
    RAS,
    /** Relatorio e Plano de Controle Ambiental. */
    RCA_PCA,
    /** Plano Basico Ambiental. */
    PBA
}
