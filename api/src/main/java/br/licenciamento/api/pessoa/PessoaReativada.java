package br.licenciamento.api.pessoa;

import java.time.Instant;

public record PessoaReativada(String pessoaId, Instant reativadaEm) {
}
