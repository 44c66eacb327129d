package br.licenciamento.licenca.command.importacao;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The import of processes from the agency's previous system ({@code licenciamento.importacao.*}).
 *
 * @param tamanhoMaximoMb the largest batch accepted, in megabytes (zero would refuse every batch)
 */
@Validated
@ConfigurationProperties("licenciamento.importacao")
public record ParametrosDaImportacao(@DefaultValue("20") @Min(1) int tamanhoMaximoMb) {
}
