package br.licenciamento.platform.axon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the tracking event processors run ({@code licenciamento.processadores.*}). A count below 1 or an interval of
 * zero would stop the projections silently, so the application refuses to start with one.
 *
 * @param segmentos segments per tracking processor when its token store has none yet: 1 in one process, more where
 *                  replicas share the processors (docs/modo-servico.md)
 * @param lote      events a projection handles in one transaction (one token update per batch)
 * @param partilha  how replicas share the segments
 */
@Validated
@ConfigurationProperties("licenciamento.processadores")
public record ParametrosDosProcessadores(@DefaultValue("1") @Min(1) int segmentos,
                                         @DefaultValue("1000") @Min(1) int lote,
                                         @DefaultValue @Valid Partilha partilha) {

    /**
     * @param intervalo how often each instance says it is alive and releases the segments beyond its share
     */
    public record Partilha(@DefaultValue("PT5S") @DurationMin(millis = 1) Duration intervalo) {
    }
}
