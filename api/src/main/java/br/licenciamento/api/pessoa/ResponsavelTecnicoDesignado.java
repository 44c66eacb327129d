package br.licenciamento.api.pessoa;

import java.time.Instant;

/**
 * The professional registration identifies the technical responsible, so it is encrypted with the
 * responsible's own key: their erasure also makes it unreadable in the requester's stream.
 */
public record ResponsavelTecnicoDesignado(
        String pessoaId,
        String designacaoId,
        String responsavelId,
        DadoProtegido registroProfissional,
        String numeroArt,
        Alcance alcance,
        String objetoId,
        Instant designadoEm,
        String instrumento) {
}
