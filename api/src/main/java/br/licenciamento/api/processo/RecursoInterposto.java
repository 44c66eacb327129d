package br.licenciamento.api.processo;

import java.time.LocalDate;

/** An appeal was filed; the agency must decide it by {@code julgarAte}. */
public record RecursoInterposto(String processoId, String recursoId, String fundamentos, LocalDate interpostoEm,
                                LocalDate julgarAte) {
}
