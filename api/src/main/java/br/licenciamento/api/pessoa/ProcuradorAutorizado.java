package br.licenciamento.api.pessoa;

import java.time.Instant;
import java.time.LocalDate;

public record ProcuradorAutorizado(
        String pessoaId,
        String procuracaoId,
        String procuradorId,
        Alcance alcance,
        String objetoId,
        LocalDate inicio,
        LocalDate fim,
        Instant autorizadoEm) {
}
