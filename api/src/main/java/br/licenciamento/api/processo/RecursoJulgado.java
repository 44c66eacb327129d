package br.licenciamento.api.processo;

import java.time.LocalDate;

/** The appeal was decided; a granted appeal against a refusal sends the request back to analysis. */
public record RecursoJulgado(String processoId, String recursoId, boolean provido, String fundamentos,
                             LocalDate julgadoEm, SituacaoProcesso situacaoResultante) {
}
