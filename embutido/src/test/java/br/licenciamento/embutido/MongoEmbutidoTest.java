package br.licenciamento.embutido;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded MongoDB as the read models use it, through the real driver: ids found, unique, kept across restarts,
 * including a data file written before the unique index compared its keys by value.
 */
class MongoEmbutidoTest {

    @TempDir
    Path pasta;

    @Test
    void cadaDocumentoEEncontradoPeloIdEAtualizadoNoLugarDepoisDeReiniciar() {
        Path arquivo = pasta.resolve("leitura.mv");
        comColecao(arquivo, dossies -> {
            for (int i = 0; i < 2_000; i++) {
                dossies.insertOne(new Document("_id", "processo-" + i).append("situacao", "PROTOCOLADO"));
            }
            dossies.updateOne(Filters.eq("_id", "processo-1234"), Updates.set("situacao", "DEFERIDO"),
                    new UpdateOptions().upsert(true));
        });
        comColecao(arquivo, dossies -> {
            assertThat(dossies.countDocuments()).isEqualTo(2_000);
            for (int i = 0; i < 2_000; i += 97) {
                assertThat(dossies.find(Filters.eq("_id", "processo-" + i)).first()).isNotNull();
            }
            assertThat(dossies.find(Filters.eq("_id", "processo-1234")).first().getString("situacao")).isEqualTo("DEFERIDO");
            dossies.updateOne(Filters.eq("_id", "processo-7"), Updates.set("situacao", "ENQUADRADO"),
                    new UpdateOptions().upsert(true));
            assertThat(dossies.countDocuments()).as("an upsert of an existing id updates it").isEqualTo(2_000);
            assertThat(dossies.find(Filters.in("_id", "processo-5", "processo-1999", "nao-existe")).into(new ArrayList<>()))
                    .extracting(d -> d.get("_id")).containsExactlyInAnyOrder("processo-5", "processo-1999");
        });
    }

    @Test
    void umIdRepetidoERecusadoTambemEntreTiposNumericosDeMesmoValor() {
        comColecao(pasta.resolve("leitura.mv"), colecao -> {
            ObjectId objeto = new ObjectId();
            colecao.insertOne(new Document("_id", objeto));
            colecao.insertOne(new Document("_id", 1));
            colecao.insertOne(new Document("_id", new Document("processo", "p-1").append("sequencia", 3L)));
            assertDuplicado(() -> colecao.insertOne(new Document("_id", objeto)));
            assertDuplicado(() -> colecao.insertOne(new Document("_id", 1L)));
            assertDuplicado(() -> colecao.insertOne(new Document("_id", 1.0)));
            assertDuplicado(() -> colecao.insertOne(new Document("_id", new Document("processo", "p-1").append("sequencia", 3L))));
            colecao.insertOne(new Document("_id", new Document("processo", "p-1").append("sequencia", 4L)));
            assertThat(colecao.countDocuments()).isEqualTo(4);
        });
    }

    @Test
    void umArquivoGravadoAntesEReindexadoUmaVezEGuardaOsMesmosDocumentos() {
        Path arquivo = pasta.resolve("leitura.mv");
        H2Backend original = new H2Backend(arquivo.toString());
        MongoServer servidor = new MongoServer(original);
        try {
            servidor.bind("127.0.0.1", 0);
            try (MongoClient cliente = MongoClients.create("mongodb://127.0.0.1:" + servidor.getLocalAddress().getPort())) {
                MongoCollection<Document> dossies = cliente.getDatabase("licenciamento").getCollection("dossies");
                dossies.insertMany(IntStream.range(0, 300).mapToObj(i -> new Document("_id", "p-" + i).append("n", i)).toList());
            }
        } finally {
            servidor.shutdownNow();
            original.close();
        }
        comColecao(arquivo, dossies -> {
            assertThat(dossies.countDocuments()).isEqualTo(300);
            assertThat(dossies.find(Filters.eq("_id", "p-150")).first().getInteger("n")).isEqualTo(150);
            assertDuplicado(() -> dossies.insertOne(new Document("_id", "p-299")));
            dossies.replaceOne(Filters.eq("_id", "p-42"), new Document("n", -42), new ReplaceOptions().upsert(true));
            assertThat(dossies.countDocuments()).isEqualTo(300);
        });
        comColecao(arquivo, dossies -> assertThat(dossies.find(Filters.eq("_id", "p-42")).first().getInteger("n")).isEqualTo(-42));
    }

    /** A replay drops the dossiers and writes them again with the same ids. */
    @Test
    void depoisDeApagarAColecaoOsMesmosIdsPodemSerGravadosDeNovo() {
        Path arquivo = pasta.resolve("leitura.mv");
        comColecao(arquivo, dossies -> {
            dossies.insertOne(new Document("_id", "p-1"));
            dossies.drop();
            dossies.insertOne(new Document("_id", "p-1").append("versao", 2));
        });
        comColecao(arquivo, dossies -> {
            assertThat(dossies.countDocuments()).isEqualTo(1);
            assertThat(dossies.find(Filters.eq("_id", "p-1")).first().getInteger("versao")).isEqualTo(2);
        });
    }

    /** The backend keeps no secondary index; declaring one must not change what a query answers, before or after a restart. */
    @Test
    void consultasPorCampoComIndiceDeclaradoRespondemOMesmoDepoisDeReiniciar() {
        Path arquivo = pasta.resolve("leitura.mv");
        comColecao(arquivo, dossies -> {
            dossies.createIndex(Indexes.compoundIndex(Indexes.ascending("analista"), Indexes.descending("atualizadoEm")));
            for (int i = 0; i < 50; i++) {
                dossies.insertOne(new Document("_id", "p-" + i).append("analista", i % 2 == 0 ? "ana" : "bruno")
                        .append("atualizadoEm", i));
            }
        });
        comColecao(arquivo, dossies -> {
            List<Document> daAna = dossies.find(Filters.eq("analista", "ana")).sort(Sorts.descending("atualizadoEm"))
                    .limit(3).into(new ArrayList<>());
            assertThat(daAna).extracting(d -> d.get("_id")).containsExactly("p-48", "p-46", "p-44");
            dossies.insertOne(new Document("_id", "p-50").append("analista", "ana").append("atualizadoEm", 50));
            assertThat(dossies.countDocuments(Filters.eq("analista", "ana"))).isEqualTo(26);
        });
    }

    private static void comColecao(Path arquivo, Consumer<MongoCollection<Document>> uso) {
        try (MongoEmbutido mongo = MongoEmbutido.iniciar(arquivo, 0);
             MongoClient cliente = MongoClients.create(mongo.uri("licenciamento"))) {
            uso.accept(cliente.getDatabase("licenciamento").getCollection("dossies"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertDuplicado(Runnable escrita) {
        assertThatThrownBy(escrita::run)
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }
}
