package br.licenciamento.api.pessoa;

/** A postal address as given by the user; the municipality is its 7-digit IBGE code. */
public record Endereco(
        String logradouro,
        String numero,
        String complemento,
        String bairro,
        String municipioIbge,
        String cep) {
}
