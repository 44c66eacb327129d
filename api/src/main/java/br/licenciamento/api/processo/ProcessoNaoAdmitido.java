package br.licenciamento.api.processo;

import java.time.LocalDate;

/**
 * The study did not meet the terms of reference (Lei 15.190 art. 47 par. 2): the procedure restarts on
 * {@code reiniciadoEm} with a new analysis due date.
 */
public record ProcessoNaoAdmitido(String processoId, String motivo, LocalDate reiniciadoEm, LocalDate prazoAnaliseAte) {
}
