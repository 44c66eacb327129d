package br.licenciamento.api.processo;

/** How the fee is paid. */
public enum MeioDePagamento {
    DAE, BOLETO, PIX
}
