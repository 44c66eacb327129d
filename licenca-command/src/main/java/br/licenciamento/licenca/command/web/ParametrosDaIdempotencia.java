package br.licenciamento.licenca.command.web;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Repeated commands ({@code licenciamento.idempotencia.*}).
 *
 * @param validade how long the answer to a request with an Idempotency-Key is kept and repeated for the same key
 */
@Validated
@ConfigurationProperties("licenciamento.idempotencia")
public record ParametrosDaIdempotencia(@DefaultValue("PT24H") @DurationMin(seconds = 1) Duration validade) {
}
