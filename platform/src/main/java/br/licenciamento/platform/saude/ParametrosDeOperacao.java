package br.licenciamento.platform.saude;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * What operations are told about the running services ({@code licenciamento.ops.*}).
 *
 * @param processadorParadoApos a processor with events to handle whose position has not moved for this long is
 *                              reported DOWN by the health check (stuck)
 */
@Validated
@ConfigurationProperties("licenciamento.ops")
public record ParametrosDeOperacao(@DefaultValue("PT2M") @DurationMin(millis = 1) Duration processadorParadoApos) {
}
