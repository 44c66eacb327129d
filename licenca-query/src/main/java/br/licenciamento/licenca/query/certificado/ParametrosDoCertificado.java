package br.licenciamento.licenca.query.certificado;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The licence certificate ({@code licenciamento.certificado.*}).
 *
 * @param orgao      the issuing agency's name printed on the certificate (empty: the name in the module's texts)
 * @param urlPublica the public address the QR code's authenticity check points at (empty: the token issuer,
 *                   licenciamento.seguranca.emissor, else http://localhost:8080)
 */
@ConfigurationProperties("licenciamento.certificado")
public record ParametrosDoCertificado(String orgao, String urlPublica) {
}
