package br.licenciamento.licenca.command.processo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The licensing process aggregate ({@code licenciamento.processo.*}).
 *
 * @param snapshot when its state is stored as a snapshot
 */
@Validated
@ConfigurationProperties("licenciamento.processo")
public record ParametrosDoProcesso(@DefaultValue @Valid Snapshot snapshot) {

    /**
     * @param eventos a snapshot every this many events, so a long process does not replay its whole stream on every
     *                command
     */
    public record Snapshot(@DefaultValue("50") @Min(1) int eventos) {
    }
}
