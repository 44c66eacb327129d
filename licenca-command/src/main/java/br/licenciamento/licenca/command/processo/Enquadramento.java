package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.EnquadrarProcesso;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.command.catalogo.RegrasDoCatalogo;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * The classification of a process: its class sets the procedure, the studies and the document checklist, and the
 * agency's analysis due date, counted from the filing under CONAMA 237 (art. 14) and from the delivery of the studies
 * and required documents under Lei 15.190 (art. 47). A LAC request, or a class whose procedure is LAC, follows the
 * self-declaration procedure, without studies or analysis. A member of {@link ProcessoLicenciamento}: it follows the
 * events itself and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Enquadramento {

    private ModalidadeDeLicenciamento modalidade;
    private boolean exigeEiaRima;
    private List<String> documentosExigidos = List.of();

    /**
     * @param entregaCompleta the day the last document of a checklist was delivered, if it was
     */
    static ProcessoEnquadrado enquadrar(Requerimento requerimento, EnquadrarProcesso comando, RegrasDoCatalogo regras,
                                        Function<List<String>, LocalDate> entregaCompleta) {
        TipoLicenca tipoLicenca = requerimento.tipoLicenca();
        RegimeJuridico regime = requerimento.regime();
        int classe = regras.classe(comando.porte(), comando.potencial());
        RegraDeProcedimento procedimento = regras.procedimento(classe);
        if (!procedimento.tiposAdmitidos().contains(tipoLicenca)) {
            throw new RegraVioladaException(MENSAGENS, "tipo-incompativel-com-procedimento", classe,
                    procedimento.modalidade(), MENSAGENS.e(procedimento.tiposAdmitidos()), tipoLicenca);
        }
        boolean porAdesao = tipoLicenca == TipoLicenca.LAC || procedimento.modalidade() == ModalidadeDeLicenciamento.LAC;
        LocalDate inicioDaContagem = porAdesao ? null : regime == RegimeJuridico.CONAMA_237 ? requerimento.protocoladoEm()
                : entregaCompleta.apply(procedimento.documentosExigidos());
        LocalDate prazo = inicioDaContagem == null ? null
                : inicioDaContagem.plusMonths(regras.prazoDeAnaliseMeses(regime, tipoLicenca, procedimento.exigeEiaRima()));
        return new ProcessoEnquadrado(requerimento.processoId(), comando.porte(), comando.potencial(), classe,
                porAdesao ? ModalidadeDeLicenciamento.LAC : procedimento.modalidade(),
                porAdesao ? List.of() : procedimento.estudos(), procedimento.documentosExigidos(), prazo);
    }

    /** Under Lei 15.190 the analysis term of a classified process with analysis starts when its documents are in. */
    boolean contaPelaEntregaDosDocumentos(RegimeJuridico regime) {
        return regime == RegimeJuridico.LEI_15190 && modalidade != null && !lac();
    }

    boolean lac() {
        return modalidade == ModalidadeDeLicenciamento.LAC;
    }

    boolean exigeEiaRima() {
        return exigeEiaRima;
    }

    List<String> documentosExigidos() {
        return documentosExigidos;
    }

    @EventSourcingHandler
    void on(ProcessoEnquadrado evento) {
        modalidade = evento.modalidade();
        exigeEiaRima = evento.estudos().contains(EstudoAmbiental.EIA_RIMA);
        documentosExigidos = evento.documentosExigidos() == null ? List.of() : List.copyOf(evento.documentosExigidos());
    }
}
