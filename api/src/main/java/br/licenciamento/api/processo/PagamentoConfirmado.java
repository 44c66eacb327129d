package br.licenciamento.api.processo;

import java.time.LocalDate;

/** The fee was paid; the analysis (and the admissibility window) starts on {@code analiseIniciadaEm}. */
public record PagamentoConfirmado(String processoId, String guiaId, LocalDate analiseIniciadaEm) {
}
