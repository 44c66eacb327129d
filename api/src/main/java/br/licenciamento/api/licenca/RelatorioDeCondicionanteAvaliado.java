package br.licenciamento.api.licenca;

import java.time.LocalDate;

/** A compliance report was evaluated; an approved one fulfils the condition. */
public record RelatorioDeCondicionanteAvaliado(String licencaId, String condicionanteId, String relatorioId,
                                               boolean aprovado, String parecer, LocalDate avaliadoEm) {
}
