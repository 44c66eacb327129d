package br.licenciamento.api.pessoa;

import java.util.List;

public record PaginaDePessoas(List<ResumoPessoa> itens, long total, int pagina, int tamanho) {
}
