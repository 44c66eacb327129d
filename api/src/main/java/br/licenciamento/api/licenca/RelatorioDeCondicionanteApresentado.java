package br.licenciamento.api.licenca;

import java.time.LocalDate;

/** A compliance report arrived; {@code noPrazo} says whether by the condition's due date. */
public record RelatorioDeCondicionanteApresentado(String licencaId, String condicionanteId, String relatorioId,
                                                  String documentoId, String descricao, LocalDate apresentadoEm,
                                                  boolean noPrazo) {
}
