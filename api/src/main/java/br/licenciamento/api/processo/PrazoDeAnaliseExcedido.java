package br.licenciamento.api.processo;

import java.time.LocalDate;

/**
 * The agency missed its analysis deadline. No tacit approval (LC 140 art. 14 par. 3): the applicant may ask
 * another level of government to take over.
 */
public record PrazoDeAnaliseExcedido(String processoId, LocalDate prazoAnaliseAte, LocalDate constatadoEm) {
}
