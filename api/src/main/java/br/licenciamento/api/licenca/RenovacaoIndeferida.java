package br.licenciamento.api.licenca;

import java.time.LocalDate;

/** Renewal refused; the licence keeps its original expiry (already passed if it was only extended). */
public record RenovacaoIndeferida(String licencaId, LocalDate indeferidaEm, String fundamentos) {
}
