package br.licenciamento.api.pessoa;

import java.time.Instant;

public record ResponsavelTecnicoDesignado(
        String pessoaId,
        String designacaoId,
        String responsavelId,
        String registroProfissional,
        String numeroArt,
        Alcance alcance,
        String objetoId,
        Instant designadoEm) {
}
