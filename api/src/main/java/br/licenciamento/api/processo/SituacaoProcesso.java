package br.licenciamento.api.processo;

/** Where a licensing request stands. */
public enum SituacaoProcesso {
    /** Filed, waiting for classification. */
    PROTOCOLADO,
    /** Classified; the fee slip comes next. */
    ENQUADRADO,
    /** Fee slip issued, waiting for payment. */
    AGUARDANDO_PAGAMENTO,
    /** Paid: the study is checked against the terms of reference (admissibility). */
    EM_ADMISSIBILIDADE,
    /** Admitted: technical analysis, inspections and opinions. */
    EM_ANALISE,
    /** Complementation asked; the agency clock is paused. */
    AGUARDANDO_COMPLEMENTACAO,
    DEFERIDO,
    INDEFERIDO,
    ARQUIVADO;

    public boolean decidido() {
        return this == DEFERIDO || this == INDEFERIDO;
    }

    public boolean encerrado() {
        return decidido() || this == ARQUIVADO;
    }
}
