package br.licenciamento.api.pessoa;

import java.time.Instant;

/** The reason is free text that may describe the person, so it is encrypted with the person's key. */
public record PessoaInativada(String pessoaId, DadoProtegido motivo, Instant inativadaEm) {
}
