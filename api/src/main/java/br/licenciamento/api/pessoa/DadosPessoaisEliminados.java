package br.licenciamento.api.pessoa;

import java.time.Instant;

/** The person's key was destroyed: their data in earlier events can no longer be read. Read models scrub it. */
public record DadosPessoaisEliminados(String pessoaId, String fundamento, Instant eliminadosEm) {
}
