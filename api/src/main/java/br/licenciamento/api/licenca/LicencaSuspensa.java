package br.licenciamento.api.licenca;

import java.time.LocalDate;
import java.util.List;

/** Suspended; the conditions listed stay enforceable. */
public record LicencaSuspensa(String licencaId, MotivoDeSancao motivo, String fundamentos, LocalDate suspensaEm,
                              List<String> condicionantesExigiveis) {
}
