package br.licenciamento.api.processo;

import java.time.LocalDate;

/** The RIMA notice was published; hearings may be asked for until {@code solicitacoesDeAudienciaAte} (inclusive). */
public record EditalDoRimaPublicado(String processoId, LocalDate publicadoEm, LocalDate solicitacoesDeAudienciaAte) {
}
