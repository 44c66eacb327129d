package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The grantor revokes a power of attorney.
 *
 * @param instrumento the signed revocation when agency staff record it on the grantor's behalf; null when the
 *                    grantor's own account revokes it
 */
public record RevogarProcuracao(@TargetAggregateIdentifier String pessoaId, String procuracaoId, String instrumento) {
}
