package br.licenciamento.licenca.query.aovivo;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The live updates sent as server-sent events ({@code licenciamento.ao-vivo.*}). A zero interval would spin the
 * scheduler, so the application refuses to start with one.
 *
 * @param batimento     a comment sent this often keeps idle connections open through proxies
 * @param duracaoMaxima a stream is closed after this long; the browser reconnects and reads the current state again
 * @param reconexao     the wait the client is told to leave before reconnecting (retry:)
 */
@Validated
@ConfigurationProperties("licenciamento.ao-vivo")
public record ParametrosAoVivo(@DefaultValue("PT15S") @DurationMin(millis = 1) Duration batimento,
                               @DefaultValue("PT30M") @DurationMin(millis = 1) Duration duracaoMaxima,
                               @DefaultValue("PT3S") @DurationMin(millis = 0) Duration reconexao) {
}
