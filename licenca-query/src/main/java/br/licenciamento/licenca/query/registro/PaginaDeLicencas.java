package br.licenciamento.licenca.query.registro;

import java.util.List;

/** A page of the licence registry with the total, so a client can page through. */
public record PaginaDeLicencas(List<ResumoLicenca> itens, long total, int pagina, int tamanho) {
}
