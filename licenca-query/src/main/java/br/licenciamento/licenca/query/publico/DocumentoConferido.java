package br.licenciamento.licenca.query.publico;

import java.time.LocalDate;

/**
 * One version of a licence's certificate as the authenticity check answers it.
 *
 * @param versao      the version checked (the one the QR code names; the current one when none was given)
 * @param versaoAtual the version in force: any other one was superseded ("substituida")
 * @param atual       whether the version checked is the current one
 * @param emitidaEm   the day the version checked was issued; null when there is no such version
 */
public record DocumentoConferido(int versao, int versaoAtual, boolean atual, LocalDate emitidaEm, String mensagem) {
}
