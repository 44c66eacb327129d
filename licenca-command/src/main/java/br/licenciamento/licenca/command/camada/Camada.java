package br.licenciamento.licenca.command.camada;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.territorio.CamadaPublicada;
import br.licenciamento.api.territorio.PublicarCamada;
import br.licenciamento.api.territorio.TipoDeCamada;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A reference layer the agency loads and versions itself (issue 25): each version is a {@link CamadaPublicada}, so
 * an analysis can always say against which version of which layer it was made. Versions follow one another (1, 2,
 * ...) and a layer keeps its type.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Camada {

    @AggregateIdentifier
    private String camadaId;
    private TipoDeCamada tipo;
    private int versao;

    protected Camada() {
        // required by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublicarCamada comando, Clock relogio) {
        if (tipo != null && tipo != comando.tipo()) {
            throw new RegraVioladaException(MENSAGENS, "camada-invalida.tipo", comando.camadaId(), tipo.name());
        }
        if (comando.versao() != versao + 1) {
            throw new RegraVioladaException(MENSAGENS, "camada-invalida.versao", comando.versao(), comando.camadaId(), versao);
        }
        apply(new CamadaPublicada(comando.camadaId(), comando.nome(), comando.tipo(), comando.versao(), comando.feicoes(),
                comando.sha256(), comando.autor(), relogio.instant()));
        return comando.versao();
    }

    @EventSourcingHandler
    void on(CamadaPublicada evento) {
        camadaId = evento.camadaId();
        tipo = evento.tipo();
        versao = evento.versao();
    }
}
