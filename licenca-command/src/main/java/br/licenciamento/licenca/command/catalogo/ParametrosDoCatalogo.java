package br.licenciamento.licenca.command.catalogo;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The rule catalogue published through the API ({@code licenciamento.catalogo.*}).
 *
 * @param tamanhoMaximoBytes the largest catalogue version accepted, in bytes
 */
@Validated
@ConfigurationProperties("licenciamento.catalogo")
public record ParametrosDoCatalogo(@DefaultValue("262144") @Min(1) int tamanhoMaximoBytes) {
}
