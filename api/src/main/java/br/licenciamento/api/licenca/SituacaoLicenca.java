package br.licenciamento.api.licenca;

/** Where a licence stands. */
public enum SituacaoLicenca {
    VIGENTE, SUSPENSA, CANCELADA, VENCIDA
}
