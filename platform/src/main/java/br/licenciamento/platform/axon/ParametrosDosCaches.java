package br.licenciamento.platform.axon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many aggregates ({@code licenciamento.agregados.cache}) and sagas ({@code licenciamento.sagas.cache}) stay in
 * memory between messages. Left empty, the running mode decides ({@link CachesDoAxonConfiguration}).
 *
 * @param agregados the command side's aggregates
 * @param sagas     the sagas and their associations
 */
@Validated
@ConfigurationProperties("licenciamento")
public record ParametrosDosCaches(@DefaultValue @Valid Cache agregados, @DefaultValue @Valid Cache sagas) {

    /**
     * @param cache entries kept, the least recently used leaving first; 0 turns the cache off; empty lets the mode decide
     */
    public record Cache(@Min(0) Integer cache) {
    }
}
