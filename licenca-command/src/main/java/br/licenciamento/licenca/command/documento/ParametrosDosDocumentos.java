package br.licenciamento.licenca.command.documento;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * The documents attached to a process ({@code licenciamento.documentos.*}).
 *
 * @param tamanhoMaximoBytes the largest file accepted, in bytes
 * @param tiposAceitos       the media types accepted (comma-separated); any other is refused (rule tipo-de-documento-nao-aceito)
 */
@Validated
@ConfigurationProperties("licenciamento.documentos")
public record ParametrosDosDocumentos(@DefaultValue("20971520") @Min(1) long tamanhoMaximoBytes,
                                      @DefaultValue({"application/pdf", "image/png", "image/jpeg", "application/zip",
                                              "application/vnd.google-earth.kml+xml", "application/geo+json"})
                                      @NotEmpty List<String> tiposAceitos) {
}
