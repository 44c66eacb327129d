package br.licenciamento.api.pessoa;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Names a natural person as technical responsible (RT) of the person's enterprise or process, with the
 * professional registration (for example {@code CREA-MG 123456}) and the ART number of that job.
 *
 * @param instrumento the signed document when agency staff record the designation on the person's behalf; null when
 *                    the person's own account makes it
 */
public record DesignarResponsavelTecnico(
        @TargetAggregateIdentifier String pessoaId,
        String designacaoId,
        String responsavelId,
        String registroProfissional,
        String numeroArt,
        Alcance alcance,
        String objetoId,
        String instrumento) {
}
