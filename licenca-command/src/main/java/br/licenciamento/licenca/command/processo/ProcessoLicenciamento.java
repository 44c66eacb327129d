package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One licensing request, from filing (protocolo) on. Its event stream is the legal record of the process. */
@Aggregate
public class ProcessoLicenciamento {

    @AggregateIdentifier
    private String processoId;
    private RegimeJuridico regime;
    private TipoLicenca tipoLicenca;

    protected ProcessoLicenciamento() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** Filing: the regime follows the filing date and stays with the process for good. */
    @CommandHandler
    public ProcessoLicenciamento(ProtocolarProcesso comando, Clock relogio, NumeracaoDeProtocolo numeracao) {
        Instant agora = relogio.instant();
        apply(new ProcessoProtocolado(comando.processoId(), numeracao.proximo(agora), comando.requerenteId(),
                comando.empreendimento(), comando.cnae(), comando.municipioIbge(), comando.tipoLicenca(),
                RegimeJuridico.vigenteEm(agora), agora));
    }

    @EventSourcingHandler
    void on(ProcessoProtocolado evento) {
        processoId = evento.processoId();
        regime = evento.regime();
        tipoLicenca = evento.tipoLicenca();
    }
}
