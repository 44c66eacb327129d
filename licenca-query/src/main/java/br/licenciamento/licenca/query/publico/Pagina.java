package br.licenciamento.licenca.query.publico;

import java.util.List;

/** A page of a public listing with the total, so a client can page through. */
public record Pagina<T>(List<T> itens, long total, int pagina, int tamanho) {
}
