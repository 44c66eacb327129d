package br.licenciamento.api.pessoa;

import java.time.Instant;

public record PessoaInativada(String pessoaId, String motivo, Instant inativadaEm) {
}
