package br.licenciamento.api.processo;

import java.time.LocalDate;

/** A condition the decision attaches to the licence, with its due date. */
public record CondicionanteDefinida(String condicionanteId, String descricao, LocalDate prazo) {
}
