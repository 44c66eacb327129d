package br.licenciamento.api.pessoa;

/** LGPD right of access (art. 18 II): everything the registry holds about one person. */
public record ConsultaDeDadosPessoais(String pessoaId) {
}
