package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The person ({@code pessoaId}) authorizes another registered person to act for them on one enterprise or
 * process, from {@code inicio} to {@code fim} inclusive.
 *
 * @param instrumento the signed instrument (for example the number of the registered power of attorney) when agency
 *                    staff record the grant on the grantor's behalf; null when the grantor's own account grants it
 */
public record AutorizarProcurador(
        @TargetAggregateIdentifier String pessoaId,
        String procuracaoId,
        String procuradorId,
        Alcance alcance,
        String objetoId,
        LocalDate inicio,
        LocalDate fim,
        String instrumento) {
}
