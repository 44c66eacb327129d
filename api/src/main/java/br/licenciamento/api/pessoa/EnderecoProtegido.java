package br.licenciamento.api.pessoa;

/**
 * An address inside events: every part that locates the person is encrypted; the municipality code stays
 * readable because searches and statistics group by it and it does not identify anyone.
 */
public record EnderecoProtegido(
        DadoProtegido logradouro,
        DadoProtegido numero,
        DadoProtegido complemento,
        DadoProtegido bairro,
        String municipioIbge,
        DadoProtegido cep) {
}
