package br.licenciamento.platform.embutido;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A MongoDB wire-protocol server in this process, stored in one H2 file so the read models survive a restart.
 */
final class MongoEmbutido implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoEmbutido.class);

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
        H2Backend backend = new H2BackendDuravel(arquivo.toString());
        MongoServer servidor = new MongoServer(backend);
        servidor.bind("127.0.0.1", Math.max(porta, 0));
        InetSocketAddress endereco = servidor.getLocalAddress();
        log.info("Servidor MongoDB (protocolo) embutido em {} com dados em {}", endereco, arquivo.toAbsolutePath());
        return new MongoEmbutido(servidor, backend, endereco);
    }

    String uri(String banco) {
        return "mongodb://127.0.0.1:" + endereco.getPort() + "/" + banco;
    }

    @Override
    public void close() {
        servidor.shutdownNow();
        backend.close();
    }

    /**
     * H2's MVStore writes changes to its file only every second or so (auto-commit delay). A projection's write was
     * already acknowledged to the driver, so its processor committed the token in PostgreSQL; a kill -9 inside that
     * window lost the document for good, because the token said it was handled (seen by ConfiabilidadeQuedaTest:
     * 152 of 884 dossiers gone after 3 kills). Committing the store before a write is acknowledged puts the change in
     * the file (the operating system's cache) first, so a crashed JVM loses nothing the driver was told is stored.
     */
    static final class H2BackendDuravel extends H2Backend {

        private static final Set<String> ESCRITAS = Set.of("insert", "update", "delete", "findandmodify", "create",
                "drop", "dropdatabase", "createindexes", "dropindexes", "renamecollection");

        H2BackendDuravel(String arquivo) {
            super(arquivo);
        }

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
    }
}
