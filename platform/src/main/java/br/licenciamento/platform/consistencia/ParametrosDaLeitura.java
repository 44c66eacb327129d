package br.licenciamento.platform.consistencia;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Read-your-writes ({@code licenciamento.leitura.*}).
 *
 * @param esperaMaxima how long a read that sends the position of a command waits for the read models to reach it
 *                     before answering 503
 */
@Validated
@ConfigurationProperties("licenciamento.leitura")
public record ParametrosDaLeitura(@DefaultValue("PT2S") @DurationMin(millis = 0) Duration esperaMaxima) {
}
