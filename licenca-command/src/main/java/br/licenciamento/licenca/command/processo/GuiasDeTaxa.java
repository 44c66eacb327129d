package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.EmitirGuiaDeTaxa;
import br.licenciamento.api.processo.GuiaDeTaxaEmitida;
import br.licenciamento.api.processo.MotivoDeArquivamento;
import br.licenciamento.api.processo.PagamentoConfirmado;
import br.licenciamento.api.processo.ProcessoArquivado;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The fee slips of a process and whether each was paid: a slip is issued once, only an issued slip is paid, and only
 * one still open cancels the request for lack of payment. A member of {@link ProcessoLicenciamento}: it follows the
 * events itself and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class GuiasDeTaxa {

    private final Map<String, Boolean> pagas = new HashMap<>();

    void emitir(String processoId, EmitirGuiaDeTaxa comando) {
        if (pagas.containsKey(comando.guiaId())) {
            throw new RegraVioladaException(MENSAGENS, "guia-duplicada", comando.guiaId());
        }
        apply(new GuiaDeTaxaEmitida(processoId, comando.guiaId(), comando.valor(), comando.meio(), comando.vencimento()));
    }

    /** Payment starts the analysis, and with it the admissibility window. */
    void confirmarPagamento(String processoId, String guiaId, LocalDate hoje) {
        if (!pagas.containsKey(guiaId)) {
            throw new RegraVioladaException(MENSAGENS, "guia-inexistente", guiaId);
        }
        apply(new PagamentoConfirmado(processoId, guiaId, hoje));
    }

    /** The slip stayed unpaid past the agency's term (sent by the fee saga): the request is cancelled. */
    void cancelarPorFaltaDePagamento(String processoId, String guiaId, LocalDate hoje) {
        if (!Boolean.FALSE.equals(pagas.get(guiaId))) {
            throw new RegraVioladaException(MENSAGENS, "guia-inexistente.em-aberto", guiaId);
        }
        apply(new ProcessoArquivado(processoId, MotivoDeArquivamento.TAXA_NAO_PAGA,
                MENSAGENS.texto("motivo.guia-nao-paga", guiaId), hoje, true));
    }

    @EventSourcingHandler
    void on(GuiaDeTaxaEmitida evento) {
        pagas.put(evento.guiaId(), false);
    }

    @EventSourcingHandler
    void on(PagamentoConfirmado evento) {
        pagas.put(evento.guiaId(), true);
    }
}
