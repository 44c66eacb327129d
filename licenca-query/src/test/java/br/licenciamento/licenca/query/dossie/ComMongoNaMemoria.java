package br.licenciamento.licenca.query.dossie;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.net.InetSocketAddress;

/** A MongoDB-wire server in memory for the dossier's projection tests: one per test class, a new database per test. */
abstract class ComMongoNaMemoria {

    private static MongoServer servidor;
    protected static MongoClient cliente;

    @BeforeAll
    static void iniciarMongo() {
        servidor = new MongoServer(new MemoryBackend());
        InetSocketAddress endereco = servidor.bind();
        cliente = MongoClients.create("mongodb://" + endereco.getHostString() + ":" + endereco.getPort());
    }

    @AfterAll
    static void pararMongo() {
        cliente.close();
        servidor.shutdownNow();
    }
}
