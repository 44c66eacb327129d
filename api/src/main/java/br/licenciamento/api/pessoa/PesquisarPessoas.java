package br.licenciamento.api.pessoa;

/**
 * Searches the registry; every filter is optional. {@code nome} matches any part of the name or trade name,
 * ignoring case and accents. Pages count from 0.
 */
public record PesquisarPessoas(String documento, String nome, String municipioIbge, int pagina, int tamanho) {
}
