package br.licenciamento.api.catalogo;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of the rule catalogue was published: its number (the seeded catalogue is version 1), the whole content,
 * the day it takes effect, who published it and when.
 */
public record VersaoDoCatalogoPublicada(
        String catalogoId,
        int versao,
        LocalDate vigenteDesde,
        ConteudoDoCatalogo conteudo,
        String autor,
        Instant publicadaEm) {
}
