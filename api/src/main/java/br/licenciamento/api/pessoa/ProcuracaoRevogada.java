package br.licenciamento.api.pessoa;

import java.time.Instant;

public record ProcuracaoRevogada(String pessoaId, String procuracaoId, Instant revogadaEm) {
}
