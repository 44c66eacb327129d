package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.AnalistaAtribuido;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Instant;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The analyst a process is assigned to: the manager assigns one, or hands the analysis to another (never to the one
 * it already has). A member of {@link ProcessoLicenciamento}: it follows the events itself and travels in the
 * aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Atribuicao {

    private String analista;

    void atribuir(String processoId, String novo, Instant quando) {
        if (novo.equals(analista)) {
            throw new RegraVioladaException(MENSAGENS, "analista-ja-atribuido", analista);
        }
        apply(new AnalistaAtribuido(processoId, novo, analista, quando));
    }

    @EventSourcingHandler
    void on(AnalistaAtribuido evento) {
        analista = evento.analista();
    }
}
