package br.licenciamento.licenca.command.processo;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConfiguracaoDoProcesso {

    /**
     * A long process (many opinions, documents, hearings) would replay its whole stream on every command; a
     * snapshot every {@code licenciamento.processo.snapshot.eventos} events bounds that.
     */
    @Bean
    SnapshotTriggerDefinition gatilhoDeSnapshotDoProcesso(Snapshotter snapshotter,
                                                          @Value("${licenciamento.processo.snapshot.eventos:50}") int eventos) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, eventos);
    }
}
