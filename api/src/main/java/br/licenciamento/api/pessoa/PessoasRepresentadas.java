package br.licenciamento.api.pessoa;

import java.util.List;

/** The persons a user acts for: those the user registered. */
public record PessoasRepresentadas(String usuario, List<String> pessoaIds) {
}
