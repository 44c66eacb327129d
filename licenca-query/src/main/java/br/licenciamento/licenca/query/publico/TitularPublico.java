package br.licenciamento.licenca.query.publico;

/** A legal person as the public views show it. */
public record TitularPublico(String cnpj, String razaoSocial, String nomeFantasia) {
}
