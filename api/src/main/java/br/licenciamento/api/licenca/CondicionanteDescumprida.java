package br.licenciamento.api.licenca;

import java.time.LocalDate;

/** The condition's due date {@code prazo} passed without an approved compliance report. */
public record CondicionanteDescumprida(String licencaId, String condicionanteId, LocalDate prazo, LocalDate constatadaEm) {
}
