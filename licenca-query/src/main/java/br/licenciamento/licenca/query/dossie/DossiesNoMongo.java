package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.ConsultaDoDossie;
import br.licenciamento.platform.projecao.EscritasDoLote;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SubscriptionQueryMessage;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The live dossiers in MongoDB: applies the projection's changes, tells the live subscribers (subscription queries)
 * what changed, answers the reads, and declares the indexes of every read path.
 * <p>
 * The processor hands over events in batches; the changes of one batch are summed per process and written once, just
 * before the batch's token is committed, all in one bulk. A process with ten events in a batch costs one MongoDB
 * update, not ten (each of which would rewrite the growing timeline); replay and lag figures in bench/README.md.
 */
@Component
class DossiesNoMongo implements DestinoDoDossie, InitializingBean {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter emissor;
    /** The batch's changes, summed per process. */
    private final EscritasDoLote<Map<String, Pendente>> doLote =
            new EscritasDoLote<>(DossiesNoMongo.class, LinkedHashMap::new, this::gravar);

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
        // A replay rewrites the past: subscribers already hold the present and would only see it flicker.
        Pendente pendente = new Pendente(mudanca, !ReplayToken.isReplay(evento));
        doLote.doLoteAtual().ifPresentOrElse(pendentes -> pendentes.merge(processoId, pendente, Pendente::seguidoDe),
                () -> gravar(Map.of(processoId, pendente)));
    }

    /**
     * One round trip for the batch: an unordered bulk of upserts (each one atomic on its dossier). Only when someone
     * follows a changed dossier live are the new states read back, in one query, and sent to them.
     */
    private void gravar(Map<String, Pendente> pendentes) {
        BulkOperations lote = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DossieDocumento.class);
        pendentes.forEach((processoId, pendente) -> lote.upsert(query(where("_id").is(processoId)), pendente.mudanca().paraMongo()));
        lote.execute();
        Set<String> acompanhados = acompanhadosAoVivo(pendentes);
        if (!acompanhados.isEmpty()) {
            // Inside the processor's unit of work Axon sends these after the commit.
            mongo.find(query(where("_id").in(acompanhados)), DossieDocumento.class)
                    .forEach(novo -> avisar(novo, pendentes.get(novo.processoId()).mudanca().analistasQueSairam()));
        }
    }

    /** Live-changed processes someone subscribed to: a live list may hold any of them, a dossier view only its own. */
    private Set<String> acompanhadosAoVivo(Map<String, Pendente> pendentes) {
        Set<SubscriptionQueryMessage<?, ?, ?>> assinaturas = emissor.activeSubscriptions();
        if (assinaturas.isEmpty()) {
            return Set.of();
        }
        boolean algumaLista = assinaturas.stream().anyMatch(a -> a.getPayload() instanceof ConsultaDeProcessosAcompanhados);
        Set<String> dossiesAbertos = assinaturas.stream()
                .filter(a -> a.getPayload() instanceof ConsultaDoDossie)
                .map(a -> ((ConsultaDoDossie) a.getPayload()).processoId())
                .collect(Collectors.toSet());
        Set<String> acompanhados = new LinkedHashSet<>();
        pendentes.forEach((processoId, pendente) -> {
            if (pendente.aoVivo() && (algumaLista || dossiesAbertos.contains(processoId))) {
                acompanhados.add(processoId);
            }
        });
        return acompanhados;
    }

    /** The summed changes of one process in the current batch; subscribers hear of it if any event was live. */
    private record Pendente(Mudanca mudanca, boolean aoVivo) {
        Pendente seguidoDe(Pendente depois) {
            return new Pendente(mudanca.seguidaDe(depois.mudanca()), aoVivo || depois.aoVivo());
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
    List<DossieDocumento> acompanhados(ConsultaDeProcessosAcompanhados consulta) {
        Criteria criterio = new Criteria();
        if (consulta.visiveis() != null) {
            criterio = criterio.orOperator(where("requerenteId").in(consulta.visiveis().requerentes()),
                    where("_id").in(consulta.visiveis().processos()));
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

    private void avisar(DossieDocumento novo, Set<String> analistasQueSairam) {
        emissor.emit(ConsultaDoDossie.class, consulta -> consulta.processoId().equals(novo.processoId()), novo.paraConsulta());
        emissor.emit(ConsultaDeProcessosAcompanhados.class, consulta -> consulta.admite(novo.processoId(), novo.requerenteId(), novo.analista())
                        || analistasQueSairam.stream().anyMatch(saiu -> consulta.admite(novo.processoId(), novo.requerenteId(), saiu)),
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
