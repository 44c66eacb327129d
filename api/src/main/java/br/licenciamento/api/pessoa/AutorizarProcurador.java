package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The person ({@code pessoaId}) authorizes another registered person to act for them on one enterprise or
 * process, from {@code inicio} to {@code fim} inclusive.
 */
public record AutorizarProcurador(
        @TargetAggregateIdentifier String pessoaId,
        String procuracaoId,
        String procuradorId,
        Alcance alcance,
        String objetoId,
        LocalDate inicio,
        LocalDate fim) {
}
