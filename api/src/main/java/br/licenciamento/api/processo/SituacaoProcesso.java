package br.licenciamento.api.processo;

/** Where a licensing request stands, as the read models show it. */
public enum SituacaoProcesso {
    PROTOCOLADO
}
