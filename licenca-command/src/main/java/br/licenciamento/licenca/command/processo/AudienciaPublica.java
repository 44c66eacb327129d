package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.AudienciaPublicaRealizada;
import br.licenciamento.api.processo.AudienciaPublicaSolicitada;
import br.licenciamento.api.processo.EditalDoRimaPublicado;
import br.licenciamento.api.processo.RegistrarAudienciaPublica;
import br.licenciamento.api.processo.SolicitanteDeAudiencia;
import br.licenciamento.api.processo.SolicitarAudienciaPublica;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The public hearing of a process (CONAMA 09/1987): the RIMA notice opens at least 45 days for requests (only with
 * EIA/RIMA); a civil entity, the Ministério Público, the agency or 50+ citizens may ask for it, once; a held hearing is
 * a fact and cannot be dated after today; and no grant while a requested hearing has not been held or the request
 * window is still open (a licence issued so is invalid, art. 2 par. 2). A member of {@link ProcessoLicenciamento}: it
 * follows the events itself and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AudienciaPublica {

    static final int DIAS_MINIMOS_DO_EDITAL = 45;
    static final int ASSINATURAS_DE_CIDADAOS = 50;

    private LocalDate solicitacoesAte;
    private boolean solicitada;
    private boolean realizada;

    void publicarEdital(String processoId, boolean exigeEiaRima, LocalDate hoje, LocalDate solicitacoesAtePedidas) {
        if (!exigeEiaRima) {
            throw new RegraVioladaException(MENSAGENS, "edital-rima-sem-eia");
        }
        if (solicitacoesAte != null) {
            throw new RegraVioladaException(MENSAGENS, "edital-rima-ja-publicado");
        }
        LocalDate minimo = hoje.plusDays(DIAS_MINIMOS_DO_EDITAL);
        if (solicitacoesAtePedidas == null || solicitacoesAtePedidas.isBefore(minimo)) {
            throw new RegraVioladaException(MENSAGENS, "edital-rima-45-dias", minimo);
        }
        apply(new EditalDoRimaPublicado(processoId, hoje, solicitacoesAtePedidas));
    }

    /** @param prazoDeAnalise the agency's due date once the hearing is asked for */
    void solicitar(String processoId, SolicitarAudienciaPublica comando, LocalDate hoje, LocalDate prazoDeAnalise) {
        if (comando.solicitante() == SolicitanteDeAudiencia.CIDADAOS && comando.assinaturas() < ASSINATURAS_DE_CIDADAOS) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-50-cidadaos", comando.assinaturas());
        }
        if (solicitacoesAte != null && comando.solicitante() != SolicitanteDeAudiencia.ORGAO_LICENCIADOR
                && hoje.isAfter(solicitacoesAte)) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-fora-do-prazo", solicitacoesAte);
        }
        if (solicitada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-ja-solicitada");
        }
        apply(new AudienciaPublicaSolicitada(processoId, comando.solicitante(), comando.nomeDoSolicitante(),
                comando.assinaturas(), hoje, prazoDeAnalise));
    }

    void registrar(String processoId, RegistrarAudienciaPublica comando, LocalDate hoje) {
        if (comando.realizadaEm() == null || comando.realizadaEm().isAfter(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-no-futuro", hoje);
        }
        if (!solicitada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-nao-solicitada");
        }
        if (realizada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-ja-realizada");
        }
        apply(new AudienciaPublicaRealizada(processoId, comando.realizadaEm(), comando.local(), comando.ata()));
    }

    void exigirQueNaoImpecaADecisao(LocalDate hoje) {
        if (solicitada && !realizada) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-pendente");
        }
        if (solicitacoesAte != null && !hoje.isAfter(solicitacoesAte)) {
            throw new RegraVioladaException(MENSAGENS, "audiencia-publica-prazo-aberto", solicitacoesAte);
        }
    }

    @EventSourcingHandler
    void on(EditalDoRimaPublicado evento) {
        solicitacoesAte = evento.solicitacoesDeAudienciaAte();
    }

    @EventSourcingHandler
    void on(AudienciaPublicaSolicitada evento) {
        solicitada = true;
    }

    @EventSourcingHandler
    void on(AudienciaPublicaRealizada evento) {
        realizada = true;
    }
}
