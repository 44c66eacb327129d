package br.licenciamento.api.processo;

import java.time.LocalDate;

/** The applicant now has until {@code respostaAte} (inclusive) to answer the complementation. */
public record PrazoDeComplementacaoProrrogado(String processoId, String complementacaoId, String justificativa,
                                              LocalDate prorrogadoEm, LocalDate respostaAte) {
}
