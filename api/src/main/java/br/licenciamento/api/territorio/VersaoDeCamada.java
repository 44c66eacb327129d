package br.licenciamento.api.territorio;

/** Which version of which layer an analysis read. */
public record VersaoDeCamada(String camadaId, String nome, TipoDeCamada tipo, int versao) {
}
