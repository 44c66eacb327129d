package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.AdesaoECompromissoDeclarada;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.DeclararAdesaoECompromisso;
import br.licenciamento.api.processo.DeferirProcesso;
import br.licenciamento.api.processo.IndeferirProcesso;
import br.licenciamento.api.processo.ParecerEmitido;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessoIndeferido;
import br.licenciamento.api.processo.TipoDeParecer;
import br.licenciamento.licenca.command.catalogo.RegrasDoCatalogo;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.List;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The decision on a request and what a grant needs of its own: a conclusive favourable technical opinion (the last
 * one counts), a validity inside the legal range for type and regime, and conditions due within that validity; a
 * refusal must say why; either opens the regime's appeal term. A member of
 * {@link ProcessoLicenciamento}: it follows the opinions itself and travels in the aggregate's snapshot.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Decisao {

    private Boolean ultimoParecerTecnicoFavoravel;

    /** The licence is granted only with every required study and document accepted (Lei 15.190 art. 5 § 1). */
    static void exigirDocumentosAceitos(List<String> pendentes) {
        if (!pendentes.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "documentos-exigidos-pendentes", String.join(", ", pendentes));
        }
    }

    void deferir(Requerimento requerimento, DeferirProcesso comando, LocalDate hoje, RegrasDoCatalogo regras) {
        if (!Boolean.TRUE.equals(ultimoParecerTecnicoFavoravel)) {
            throw new RegraVioladaException(MENSAGENS, "parecer-tecnico-conclusivo");
        }
        LocalDate validaAte = validade(requerimento, regras, comando.validadeMeses(), hoje);
        deferir(requerimento, comando.licencaId(), hoje, validaAte, condicionantes(comando.condicionantes(), hoje, validaAte),
                comando.fundamentos(), regras);
    }

    void indeferir(Requerimento requerimento, IndeferirProcesso comando, LocalDate hoje, RegrasDoCatalogo regras) {
        Fundamentacao.exigir(comando.fundamentos(), "indeferimento");
        apply(new ProcessoIndeferido(requerimento.processoId(), comando.fundamentos(), hoje,
                hoje.plusDays(regras.parametros(requerimento.regime()).prazoRecursoDias())));
    }

    /** LAC: the self-declaration grants the licence for the longest validity the range admits, with no conditions. */
    void aderir(Requerimento requerimento, DeclararAdesaoECompromisso comando, LocalDate hoje, RegrasDoCatalogo regras) {
        Fundamentacao.exigir(comando.declaracao(), "adesao");
        apply(new AdesaoECompromissoDeclarada(requerimento.processoId(), comando.declaracao(), hoje));
        FaixaDeValidade faixa = regras.validade(requerimento.regime(), requerimento.tipoLicenca());
        deferir(requerimento, comando.licencaId(), hoje, hoje.plusMonths(faixa.maximoMeses()), List.of(),
                MENSAGENS.texto("motivo.deferimento-por-adesao"), regras);
    }

    private static void deferir(Requerimento requerimento, String licencaId, LocalDate hoje, LocalDate validaAte,
                                List<CondicionanteDefinida> condicionantes, String fundamentos, RegrasDoCatalogo regras) {
        apply(new ProcessoDeferido(requerimento.processoId(), licencaId, requerimento.requerenteId(),
                requerimento.empreendimentoId(), requerimento.empreendimento(), requerimento.tipoLicenca(),
                requerimento.regime(), hoje, validaAte, condicionantes, fundamentos,
                hoje.plusDays(regras.parametros(requerimento.regime()).prazoRecursoDias())));
    }

    /** The last day of a licence granted today for {@code meses}, if the legal range admits them. */
    private static LocalDate validade(Requerimento requerimento, RegrasDoCatalogo regras, int meses, LocalDate hoje) {
        FaixaDeValidade faixa = regras.validade(requerimento.regime(), requerimento.tipoLicenca());
        if (!faixa.admite(meses)) {
            throw new RegraVioladaException(MENSAGENS, "validade-fora-da-faixa", requerimento.tipoLicenca(),
                    requerimento.regime(), faixa.minimoMeses(), faixa.maximoMeses(), meses);
        }
        return hoje.plusMonths(meses);
    }

    private static List<CondicionanteDefinida> condicionantes(List<CondicionanteDefinida> pedidas, LocalDate hoje, LocalDate validaAte) {
        List<CondicionanteDefinida> condicionantes = pedidas == null ? List.of() : List.copyOf(pedidas);
        for (CondicionanteDefinida condicionante : condicionantes) {
            if (condicionante.prazo() == null || condicionante.prazo().isBefore(hoje) || condicionante.prazo().isAfter(validaAte)) {
                throw new RegraVioladaException(MENSAGENS, "condicionante-fora-da-validade", condicionante.descricao(),
                        validaAte);
            }
        }
        return condicionantes;
    }

    @EventSourcingHandler
    void on(ParecerEmitido evento) {
        if (evento.tipo() == TipoDeParecer.TECNICO) {
            ultimoParecerTecnicoFavoravel = evento.favoravel();
        }
    }
}
