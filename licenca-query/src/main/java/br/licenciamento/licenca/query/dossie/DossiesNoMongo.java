package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.BuscarDossie;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The live dossiers in MongoDB: applies the projection's changes, tells the live subscribers (subscription queries)
 * what changed, answers the reads, and declares the indexes of every read path.
 */
@Component
class DossiesNoMongo implements DestinoDoDossie, InitializingBean {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter emissor;

    DossiesNoMongo(MongoTemplate mongo, QueryUpdateEmitter emissor) {
        this.mongo = mongo;
        this.emissor = emissor;
    }

    @Override
    public void afterPropertiesSet() {
        declararIndices();
    }

    @Override
    public void aplicar(String processoId, Mudanca mudanca, EventMessage<?> evento) {
        // One atomic upsert that also returns the new state: the update sent to subscribers is the stored dossier.
        DossieDocumento novo = mongo.findAndModify(query(where("_id").is(processoId)), mudanca.paraMongo(),
                FindAndModifyOptions.options().upsert(true).returnNew(true), DossieDocumento.class);
        if (novo != null && !ReplayToken.isReplay(evento)) {
            // A replay rewrites the past: subscribers already hold the present and would only see it flicker.
            // Inside the processor's unit of work Axon sends these after the commit.
            avisar(novo, mudanca.analistaQueSaiu());
        }
    }

    @Override
    public void apagarTudo() {
        mongo.dropCollection(DossieDocumento.class);
        declararIndices();
    }

    Optional<DossieDocumento> buscar(String processoId) {
        return Optional.ofNullable(mongo.findById(processoId, DossieDocumento.class));
    }

    /** The processes of a live list, most recently changed first (indexes below). */
    List<DossieDocumento> acompanhados(AcompanharProcessos consulta) {
        Criteria criterio = new Criteria();
        if (consulta.requerentes() != null) {
            criterio = criterio.and("requerenteId").in(consulta.requerentes());
        }
        if (consulta.analista() != null) {
            criterio = criterio.and("analista").is(consulta.analista());
        }
        Query pesquisa = new Query(criterio).with(Sort.by(Sort.Direction.DESC, "atualizadoEm")).limit(consulta.limite());
        pesquisa.fields().exclude("agregadosRelacionados");
        return mongo.find(pesquisa, DossieDocumento.class);
    }

    /** Ids of the other streams (documents, licences) that fed a process's dossier. */
    List<String> agregadosRelacionados(String processoId) {
        Query pesquisa = query(where("_id").is(processoId));
        pesquisa.fields().include("agregadosRelacionados");
        DossieDocumento dossie = mongo.findOne(pesquisa, DossieDocumento.class);
        return dossie == null ? List.of() : dossie.outrosAgregados();
    }

    private void avisar(DossieDocumento novo, String analistaQueSaiu) {
        emissor.emit(BuscarDossie.class, consulta -> consulta.processoId().equals(novo.processoId()), novo.paraConsulta());
        emissor.emit(AcompanharProcessos.class, consulta -> consulta.admite(novo.requerenteId(), novo.analista())
                        || analistaQueSaiu != null && consulta.admite(novo.requerenteId(), analistaQueSaiu),
                novo.resumo());
    }

    /**
     * One index per read path, created at start and after a replay drops the collection ({@code createIndex} is
     * idempotent for the same keys and name). The dossier by id uses {@code _id}; the live lists filter by person or by
     * analyst and sort by the latest change.
     */
    private void declararIndices() {
        IndexOperations indices = mongo.indexOps(DossieDocumento.class);
        indices.createIndex(new Index().on("requerenteId", Sort.Direction.ASC).on("atualizadoEm", Sort.Direction.DESC)
                .named("dossie_requerente_atualizado"));
        indices.createIndex(new Index().on("analista", Sort.Direction.ASC).on("atualizadoEm", Sort.Direction.DESC)
                .named("dossie_analista_atualizado"));
        indices.createIndex(new Index().on("atualizadoEm", Sort.Direction.DESC).named("dossie_atualizado"));
    }
}
