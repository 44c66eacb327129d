package br.licenciamento.app.ops;

import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoProtocolado;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.boot.test.context.TestComponent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/** A projection that fails on demand, standing in for a bug or an outage in a real one. */
@TestComponent
@ProcessingGroup(ManipuladorQueFalha.GRUPO)
public class ManipuladorQueFalha {

    public static final String GRUPO = "teste-falhas";

    final AtomicBoolean falhar = new AtomicBoolean(true);
    final List<String> processados = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProcessoProtocolado evento) {
        if (evento.empreendimento().startsWith("FALHA") && falhar.get()) {
            throw new IllegalStateException("falha simulada ao projetar " + evento.processoId());
        }
        processados.add(evento.processoId());
    }

    /** Never fails itself: a later event of a process whose filing is parked must wait behind it. */
    @EventHandler
    void on(ProcessoEnquadrado evento) {
        processados.add("enquadrado:" + evento.processoId());
    }
}
