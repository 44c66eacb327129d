package br.licenciamento.api.processo;

import java.util.List;

/** A page of search results with the total, so a client can page through. */
public record PaginaDeProcessos(List<ResumoProcesso> itens, long total, int pagina, int tamanho) {
}
