package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.PublicarVersaoDoCatalogo;
import br.licenciamento.api.catalogo.VersaoDoCatalogoPublicada;
import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static br.licenciamento.api.comum.DiasLegais.hoje;
import static br.licenciamento.licenca.command.Textos.MENSAGENS;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The agency's one rule catalogue as a stream of versions. Version 1 is the seeded catalogue, in force since the
 * beginning, so the stream starts with the first published version, number 2. Versions take effect in the order
 * they are published: a new one starts today or later, and after any version still waiting for its day.
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class VersoesDoCatalogo {

    static final int VERSAO_SEMEADA = 1;

    @AggregateIdentifier
    private String catalogoId;
    private int ultimaVersao = VERSAO_SEMEADA;
    /** Effective day of the newest version; null while only the seeded one exists. */
    private LocalDate ultimaVigencia;

    protected VersoesDoCatalogo() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** Answers the new version's number. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(PublicarVersaoDoCatalogo comando, Clock relogio,
                      @MetaDataValue(ChavesDeMetadados.USUARIO) String autor) {
        LocalDate hoje = hoje(relogio);
        LocalDate vigenteDesde = comando.vigenteDesde();
        if (vigenteDesde == null || vigenteDesde.isBefore(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "catalogo-vigencia-no-passado", hoje);
        }
        if (ultimaVigencia != null && ultimaVigencia.isAfter(hoje) && !vigenteDesde.isAfter(ultimaVigencia)) {
            throw new RegraVioladaException(MENSAGENS, "catalogo-vigencia-sobreposta", ultimaVersao, ultimaVigencia);
        }
        LimitesLegais.verificar(comando.conteudo());
        int versao = ultimaVersao + 1;
        apply(new VersaoDoCatalogoPublicada(comando.catalogoId(), versao, vigenteDesde, comando.conteudo(),
                autor == null || autor.isBlank() ? ChavesDeMetadados.USUARIO_ANONIMO : autor, relogio.instant()));
        return versao;
    }

    @EventSourcingHandler
    void on(VersaoDoCatalogoPublicada evento) {
        catalogoId = evento.catalogoId();
        ultimaVersao = evento.versao();
        ultimaVigencia = evento.vigenteDesde();
    }
}
