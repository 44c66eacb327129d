package br.licenciamento.api.processo;

import java.time.LocalDate;

public record AdesaoECompromissoDeclarada(String processoId, String declaracao, LocalDate declaradaEm) {
}
