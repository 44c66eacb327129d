package br.licenciamento.api.processo;

import java.time.Instant;

/**
 * The process was assigned to an analyst.
 *
 * @param analista the analyst's user name (the subject of their token)
 * @param anterior the analyst who had it before, {@code null} on the first assignment
 */
public record AnalistaAtribuido(
        String processoId,
        String analista,
        String anterior,
        Instant atribuidoEm) {
}
