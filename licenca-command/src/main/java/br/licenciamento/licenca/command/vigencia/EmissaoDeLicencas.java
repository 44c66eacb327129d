package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.licenca.EmitirLicenca;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.platform.axon.ComandosNaTransacao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * A granted process issues its licence. Subscribing and propagating errors, so the grant and the licence are
 * stored together or not at all, and the caller of the decision already finds the licence.
 */
@Component
@ProcessingGroup(EmissaoDeLicencas.GRUPO)
class EmissaoDeLicencas {

    static final String GRUPO = "emissao-de-licencas";

    private final ComandosNaTransacao comandos;

    EmissaoDeLicencas(ComandosNaTransacao comandos) {
        this.comandos = comandos;
    }

    @EventHandler
    void on(ProcessoDeferido evento) {
        comandos.enviar(new EmitirLicenca(evento.licencaId(), evento.processoId(), evento.requerenteId(),
                evento.empreendimentoId(), evento.empreendimento(), evento.tipoLicenca(), evento.regime(),
                evento.validaAte(), evento.condicionantes(), evento.deferidoEm(), evento.numeroDaLicenca()));
    }
}
