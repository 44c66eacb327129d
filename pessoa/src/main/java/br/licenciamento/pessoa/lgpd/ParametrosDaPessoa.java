package br.licenciamento.pessoa.lgpd;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * People's personal data ({@code licenciamento.pessoa.*}).
 *
 * @param segredoDocumento the secret (32 characters or more, kept outside the database) that makes the CPF and CNPJ
 *                         hashes stored in the events irreversible; no default, and changing it later breaks the
 *                         uniqueness of the documents already registered
 */
@ConfigurationProperties("licenciamento.pessoa")
public record ParametrosDaPessoa(String segredoDocumento) {
}
