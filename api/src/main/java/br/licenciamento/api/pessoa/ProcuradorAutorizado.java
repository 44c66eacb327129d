package br.licenciamento.api.pessoa;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A power of attorney was granted. {@code instrumento} names the signed document when agency staff recorded it on
 * the grantor's behalf (null when the grantor's own account granted it; also in events recorded before it existed).
 */
public record ProcuradorAutorizado(
        String pessoaId,
        String procuracaoId,
        String procuradorId,
        Alcance alcance,
        String objetoId,
        LocalDate inicio,
        LocalDate fim,
        Instant autorizadoEm,
        String instrumento) {
}
