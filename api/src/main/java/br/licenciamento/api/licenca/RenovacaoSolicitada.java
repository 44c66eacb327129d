package br.licenciamento.api.licenca;

import java.time.LocalDate;

/**
 * Renewal asked {@code diasAntesDoVencimento} days before expiry; when {@code prorrogadaAteDecisao} the licence
 * stays valid past its expiry until the renewal is decided (LC 140 art. 14 par. 4).
 */
public record RenovacaoSolicitada(String licencaId, String justificativa, LocalDate solicitadaEm,
                                  long diasAntesDoVencimento, boolean prorrogadaAteDecisao) {
}
