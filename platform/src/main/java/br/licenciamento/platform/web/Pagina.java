package br.licenciamento.platform.web;

import java.util.List;

/**
 * The one shape of every list the API answers: the items of one page, how many there are in all, which page (from 0)
 * and its size. Query parameters {@code pagina} and {@code tamanho} choose it.
 */
public record Pagina<T>(List<T> itens, long total, int pagina, int tamanho) {

    /** A page cut from a list short enough to hold whole (catalogue versions, say). */
    public static <T> Pagina<T> daLista(List<T> todos, int pagina, int tamanho) {
        long inicio = Math.min((long) pagina * tamanho, todos.size());
        return new Pagina<>(todos.subList((int) inicio, (int) Math.min(inicio + tamanho, todos.size())), todos.size(),
                pagina, tamanho);
    }

    /** The rows to skip in SQL for this page. */
    public static long deslocamento(int pagina, int tamanho) {
        return (long) pagina * tamanho;
    }
}
