package br.licenciamento.embutido;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server in this process, stored in one H2 file ({@link BackendH2Duravel}) so the read
 * models survive a restart.
 */
final class MongoEmbutido implements AutoCloseable {

    private final MongoServer servidor;
    private final H2Backend backend;
    private final InetSocketAddress endereco;

    private MongoEmbutido(MongoServer servidor, H2Backend backend, InetSocketAddress endereco) {
        this.servidor = servidor;
        this.backend = backend;
        this.endereco = endereco;
    }

    static MongoEmbutido iniciar(Path arquivo, int porta) throws IOException {
        Files.createDirectories(arquivo.getParent());
        H2Backend backend = new BackendH2Duravel(arquivo.toString());
        MongoServer servidor = new MongoServer(backend);
        servidor.bind("127.0.0.1", Math.max(porta, 0));
        return new MongoEmbutido(servidor, backend, servidor.getLocalAddress());
    }

    int porta() {
        return endereco.getPort();
    }

    String uri(String banco) {
        return "mongodb://127.0.0.1:" + endereco.getPort() + "/" + banco;
    }

    @Override
    public void close() {
        servidor.shutdownNow();
        backend.close();
    }
}
