package br.licenciamento.api.catalogo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Publishes a new version of the whole rule catalogue, in force from {@code vigenteDesde} (today or later) for the
 * processes filed from then on. The author is the signed-in user, taken from the command's metadata.
 */
public record PublicarVersaoDoCatalogo(
        @TargetAggregateIdentifier String catalogoId,
        LocalDate vigenteDesde,
        ConteudoDoCatalogo conteudo) {

    /** The agency has one catalogue: every version is an event of this one stream. */
    public static final String CATALOGO = "catalogo-de-regras";
}
