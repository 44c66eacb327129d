package br.licenciamento.app.ops;

import br.licenciamento.api.processo.ProcessoProtocolado;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.TestComponent;

/** A projection that writes one log line per filing, as a real handler logs while it works. */
@TestComponent
@ProcessingGroup(ProjecaoQueRegistraNoLog.GRUPO)
public class ProjecaoQueRegistraNoLog {

    public static final String GRUPO = "teste-rastreamento";

    static final Logger LOG = LoggerFactory.getLogger(ProjecaoQueRegistraNoLog.class);

    @EventHandler
    void on(ProcessoProtocolado evento) {
        LOG.info("processo {} projetado", evento.processoId());
    }
}
