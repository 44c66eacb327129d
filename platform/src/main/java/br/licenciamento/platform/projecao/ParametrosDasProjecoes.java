package br.licenciamento.platform.projecao;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Versioned projections ({@code licenciamento.projecoes.*}).
 *
 * @param esperaPorTokens how long a start keeps trying to rebuild a projection whose version changed while another
 *                        instance still holds its tokens
 */
@Validated
@ConfigurationProperties("licenciamento.projecoes")
public record ParametrosDasProjecoes(@DefaultValue("PT30S") @DurationMin(millis = 0) Duration esperaPorTokens) {
}
