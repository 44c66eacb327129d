package br.licenciamento.api.licenca;

import java.time.LocalDate;
import java.util.List;

/** Cancelled; the conditions listed stay enforceable. */
public record LicencaCancelada(String licencaId, MotivoDeSancao motivo, String fundamentos, LocalDate canceladaEm,
                               List<String> condicionantesExigiveis) {
}
