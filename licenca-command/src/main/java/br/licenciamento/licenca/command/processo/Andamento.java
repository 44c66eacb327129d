package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.ComplementacaoAtendida;
import br.licenciamento.api.processo.ComplementacaoSolicitada;
import br.licenciamento.api.processo.GuiaDeTaxaEmitida;
import br.licenciamento.api.processo.PagamentoConfirmado;
import br.licenciamento.api.processo.ProcessoAdmitido;
import br.licenciamento.api.processo.ProcessoArquivado;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.ProcessoNaoAdmitido;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.processo.SituacaoProcesso;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.Arrays;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Where a process stands ({@link SituacaoProcesso}) and the order of its steps: each event moves it, and a step asked
 * out of order is refused naming where the process is and where the step may be taken. A member of
 * {@link ProcessoLicenciamento}: it follows the events itself and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Andamento {

    private SituacaoProcesso situacao;

    SituacaoProcesso situacao() {
        return situacao;
    }

    void exigir(SituacaoProcesso... permitidas) {
        for (SituacaoProcesso permitida : permitidas) {
            if (situacao == permitida) {
                return;
            }
        }
        throw new RegraVioladaException(MENSAGENS, "etapa-fora-de-ordem", situacao, MENSAGENS.ou(Arrays.asList(permitidas)));
    }

    void exigirEmCurso(String regra) {
        if (situacao.encerrado()) {
            throw new RegraVioladaException(MENSAGENS, regra, situacao);
        }
    }

    @EventSourcingHandler
    void on(ProcessoProtocolado evento) {
        situacao = SituacaoProcesso.PROTOCOLADO;
    }

    @EventSourcingHandler
    void on(ProcessoEnquadrado evento) {
        situacao = SituacaoProcesso.ENQUADRADO;
    }

    @EventSourcingHandler
    void on(GuiaDeTaxaEmitida evento) {
        situacao = SituacaoProcesso.AGUARDANDO_PAGAMENTO;
    }

    @EventSourcingHandler
    void on(PagamentoConfirmado evento) {
        situacao = SituacaoProcesso.EM_ADMISSIBILIDADE;
    }

    @EventSourcingHandler
    void on(ProcessoAdmitido evento) {
        situacao = SituacaoProcesso.EM_ANALISE;
    }

    @EventSourcingHandler
    void on(ProcessoNaoAdmitido evento) {
        situacao = SituacaoProcesso.EM_ADMISSIBILIDADE;
    }

    @EventSourcingHandler
    void on(ComplementacaoSolicitada evento) {
        situacao = SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO;
    }

    @EventSourcingHandler
    void on(ComplementacaoAtendida evento) {
        situacao = SituacaoProcesso.EM_ANALISE;
    }

    @EventSourcingHandler
    void on(ProcessoDeferido evento) {
        situacao = SituacaoProcesso.DEFERIDO;
    }

    @EventSourcingHandler
    void on(ProcessoIndeferido evento) {
        situacao = SituacaoProcesso.INDEFERIDO;
    }

    @EventSourcingHandler
    void on(ProcessoArquivado evento) {
        situacao = SituacaoProcesso.ARQUIVADO;
    }

    @EventSourcingHandler
    void on(RecursoJulgado evento) {
        situacao = evento.situacaoResultante();
    }
}
