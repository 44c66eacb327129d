package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.BuscarDossie;
import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.SituacaoProcesso;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Keeps the MongoDB dossier of each process. Every write is an upsert keyed by the process, and timeline lines
 * are keyed by event, so replaying the stream gives the same documents.
 */
@Component
@ProcessingGroup(DossieProjection.GRUPO)
class DossieProjection {

    static final String GRUPO = "dossie";

    private final MongoTemplate mongo;

    DossieProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ProcessoProtocolado evento, EventMessage<?> mensagem, @SequenceNumber long sequencia) {
        Update update = new Update()
                .set("numero", evento.numero())
                .set("requerenteId", evento.requerenteId())
                .set("empreendimento", evento.empreendimento())
                .set("cnae", evento.cnae())
                .set("municipioIbge", evento.municipioIbge())
                .set("tipoLicenca", evento.tipoLicenca())
                .set("regime", evento.regime())
                .set("situacao", SituacaoProcesso.PROTOCOLADO)
                .set("protocoladoEm", evento.protocoladoEm());
        registrar(evento.processoId(), update, mensagem, sequencia, "Pedido de " + evento.tipoLicenca()
                + " protocolado sob o numero " + evento.numero() + " (" + descricao(evento.regime()) + ")");
    }

    @QueryHandler
    Optional<DossieProcesso> handle(BuscarDossie consulta) {
        return Optional.ofNullable(mongo.findById(consulta.processoId(), DossieDocumento.class))
                .map(DossieDocumento::paraConsulta);
    }

    @ResetHandler
    void antesDoReplay() {
        mongo.dropCollection(DossieDocumento.class);
    }

    private void registrar(String processoId, Update update, EventMessage<?> mensagem, long sequencia, String descricao) {
        update.addToSet("linhaDoTempo",
                new DossieDocumento.Ocorrencia(mensagem.getIdentifier(), sequencia, mensagem.getTimestamp(), descricao));
        mongo.upsert(query(where("_id").is(processoId)), update, DossieDocumento.class);
    }

    private static String descricao(RegimeJuridico regime) {
        return switch (regime) {
            case CONAMA_237 -> "regime CONAMA 237/1997 e LC 140/2011";
            case LEI_15190 -> "regime da Lei 15.190/2025";
        };
    }
}
