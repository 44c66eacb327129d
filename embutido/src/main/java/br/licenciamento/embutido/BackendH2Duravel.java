package br.licenciamento.embutido;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * mongo-java-server's H2 backend with three corrections the read models need: durable writes, unique indexes that
 * compare keys by value, and no full pass over every document per secondary index at start. Figures in
 * bench/README.md, "Tuning".
 */
final class BackendH2Duravel extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(BackendH2Duravel.class);

    private static final Set<String> ESCRITAS = Set.of("insert", "update", "delete", "findandmodify", "create",
            "drop", "dropdatabase", "createindexes", "dropindexes", "renamecollection");

    BackendH2Duravel(String arquivo) {
        super(arquivo);
    }

    /**
     * H2's MVStore writes changes to its file only every second or so (auto-commit delay). A projection's write was
     * already acknowledged to the driver, so its processor committed the token in PostgreSQL; a kill -9 inside that
     * window lost the document for good, because the token said it was handled (seen by ConfiabilidadeQuedaTest:
     * 152 of 884 dossiers gone after 3 kills). Committing the store before a write is acknowledged puts the change in
     * the file (the operating system's cache) first, so a crashed JVM loses nothing the driver was told is stored.
     */
    @Override
    public Document handleMessage(MongoMessage mensagem) {
        Document resposta = super.handleMessage(mensagem);
        // OP_MSG (every current driver): the command is the first key of the document.
        String comando = mensagem.getDocument().keySet().stream().findFirst().orElse("");
        if (ESCRITAS.contains(comando.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return resposta;
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String nome) {
        return new Banco(nome);
    }

    /**
     * An inner class on purpose: the library's constructor opens the indexes before a subclass could set a field, and
     * an inner class reaches the store through its backend, which is set before that.
     */
    private final class Banco extends H2Database {

        Banco(String nome) {
            super(nome, getMvStore(), getCursorRegistry());
        }

        /**
         * The library keeps a unique index (every {@code _id}) in an H2 map whose keys H2 can only compare by
         * Java-serializing both sides, on every step of every lookup: 42 % of the embedded MongoDB's CPU during a
         * replay. The same map with keys compared by value, under a new name: a file written before is indexed again
         * once, from its documents, at the first start, and the old map is removed.
         */
        @Override
        protected Index<Object> openOrCreateUniqueIndex(String colecao, String nome, List<IndexKey> chaves, boolean esparso) {
            MVStore store = getMvStore();
            String antigo = getFullCollectionNamespace(colecao) + "._index_" + nome;
            if (store.hasMap(antigo)) {
                store.removeMap(antigo);
            }
            MVMap<KeyValue, Object> mapa = store.openMap(nomeDoIndice(colecao, nome),
                    new MVMap.Builder<KeyValue, Object>().keyType(new ChavesPorValor()));
            return new IndiceUnico(mapa, nome, chaves, esparso);
        }

        @Override
        protected void dropIndex(MongoCollection<Object> colecao, String nome) {
            super.dropIndex(colecao, nome);
            getMvStore().removeMap(nomeDoIndice(colecao.getCollectionName(), nome));
        }

        /**
         * The backend keeps no secondary index (queries scan the collection with or without one); the library's
         * placeholder reports itself empty, which made every start read and deserialize every document twice per
         * declared index to fill nothing. This placeholder does nothing and says so.
         */
        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String colecao, String nome, List<IndexKey> chaves, boolean esparso) {
            log.debug("MongoDB embutido: o índice {} de {} não é mantido (as consultas percorrem a coleção)", nome, colecao);
            return new IndiceSecundarioAusente(nome, chaves);
        }

        private String nomeDoIndice(String colecao, String nome) {
            return getFullCollectionNamespace(colecao) + "._indice_por_valor_" + nome;
        }
    }

    /** Keys stored as before (H2's object type), compared field by field in MongoDB's order of values. */
    static final class ChavesPorValor extends ObjectDataType {

        private static final ValueComparator VALORES = ValueComparator.ascWithoutListHandling();

        @Override
        public int compare(Object a, Object b) {
            if (a instanceof KeyValue x && b instanceof KeyValue y) {
                int campos = Math.min(x.size(), y.size());
                for (int i = 0; i < campos; i++) {
                    int comparacao = VALORES.compare(x.get(i), y.get(i));
                    if (comparacao != 0) {
                        return comparacao;
                    }
                }
                return Integer.compare(x.size(), y.size());
            }
            return super.compare(a, b);
        }
    }

    /** The library's H2 unique index, on the map above. */
    private static final class IndiceUnico extends AbstractUniqueIndex<Object> {

        private final MVMap<KeyValue, Object> mapa;

        IndiceUnico(MVMap<KeyValue, Object> mapa, String nome, List<IndexKey> chaves, boolean esparso) {
            super(nome, chaves, esparso);
            this.mapa = mapa;
        }

        @Override
        protected Object removeDocument(KeyValue chave) {
            return mapa.remove(chave);
        }

        @Override
        protected boolean putKeyPosition(KeyValue chave, Object posicao) {
            return mapa.putIfAbsent(chave, Missing.ofNullable(posicao)) == null;
        }

        @Override
        protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
            return mapa.entrySet();
        }

        @Override
        protected Object getPosition(KeyValue chave) {
            return mapa.get(chave);
        }

        @Override
        public long getCount() {
            return mapa.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return mapa.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }

    private static final class IndiceSecundarioAusente extends EmptyIndex<Object> {

        IndiceSecundarioAusente(String nome, List<IndexKey> chaves) {
            super(nome, chaves);
        }

        /** Nothing to build: not "empty, please fill me from every document". */
        @Override
        public boolean isEmpty() {
            return false;
        }
    }
}
