package br.licenciamento.api.pessoa;

import java.time.Instant;

/** {@code instrumento}: the signed revocation when agency staff recorded it (null when the grantor's account did). */
public record ProcuracaoRevogada(String pessoaId, String procuracaoId, Instant revogadaEm, String instrumento) {
}
