package br.licenciamento.bench;

import br.licenciamento.platform.teste.servicos.NginxDeTeste;
import br.licenciamento.platform.teste.servicos.PostgresDosServicos;
import br.licenciamento.platform.teste.servicos.ServicoJvm;
import br.licenciamento.platform.teste.servicos.ServidorAxon;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform in its service mode on this machine, for the same mix as the embedded mode: Axon Server SE (the jar at
 * {@code AXONSERVER_JAR} or {@code /opt/axonserver/axonserver.jar}), one PostgreSQL with the databases of
 * {@code deploy/postgres/init.sql}, a MongoDB-wire server, one JVM per service from its runnable jar, and the nginx
 * gateway in front (its per-client rate limit lifted: the benchmark is one client per role at hundreds of requests
 * per second). The services get no demo users: the benchmark creates one user per role through the first admin.
 */
final class ModoServico implements AutoCloseable {

    private static final String SENHA_DO_ADMIN = "senha-inicial-do-admin-do-bench";
    private static final String SENHA_DOS_USUARIOS = "senha-dos-usuarios-do-bench";
    private static final String SENHA_DO_BANCO = "senha-do-banco-do-bench";
    private static final List<String> MODULOS = List.of("auth", "pessoa", "licenca-command", "licenca-query", "notificacao-saga");

    private final PostgresDosServicos postgres;
    private final MongoServer mongo;
    private final ServidorAxon axon;
    private final Map<String, ServicoJvm> servicos;
    private final NginxDeTeste gateway;
    private final double segundosAtePronto;

    private ModoServico(PostgresDosServicos postgres, MongoServer mongo, ServidorAxon axon,
                        Map<String, ServicoJvm> servicos, NginxDeTeste gateway, double segundosAtePronto) {
        this.postgres = postgres;
        this.mongo = mongo;
        this.axon = axon;
        this.servicos = servicos;
        this.gateway = gateway;
        this.segundosAtePronto = segundosAtePronto;
    }

    static ModoServico iniciar(Path dados, String heap) throws Exception {
        ServidorAxon.indisponivel().ifPresent(motivo -> {
            throw new IllegalStateException(motivo);
        });
        Path raiz = Path.of("").toAbsolutePath();
        PostgresDosServicos postgres = PostgresDosServicos.iniciar(raiz, dados, SENHA_DO_BANCO);
        MongoServer mongo = new MongoServer(new MemoryBackend());
        int portaMongo = NginxDeTeste.portaLivre();
        mongo.bind("127.0.0.1", portaMongo);
        ServidorAxon axon = ServidorAxon.iniciar(dados.resolve("axonserver"));
        long inicio = System.nanoTime();
        Map<String, ServicoJvm> servicos = new LinkedHashMap<>();
        for (String modulo : MODULOS) {
            Map<String, String> ambiente = new LinkedHashMap<>(postgres.ambiente(modulo));
            ambiente.put("SPRING_MONGODB_URI", "mongodb://127.0.0.1:" + portaMongo + "/licenciamento");
            ambiente.put("AXON_AXONSERVER_SERVERS", axon.endereco());
            ambiente.put("LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO", "segredo-do-benchmark-com-mais-de-32-caracteres");
            ambiente.put("LICENCIAMENTO_AUTH_ADMIN_INICIAL_SENHA", SENHA_DO_ADMIN);
            ambiente.put("LOGGING_LEVEL_ROOT", "WARN");
            servicos.put(modulo, new ServicoJvm(raiz, modulo, modulo, ambiente, dados.resolve("logs"),
                    List.of("-Xms" + heap, "-Xmx" + heap)));
        }
        Map<String, List<Integer>> upstreams = new LinkedHashMap<>();
        servicos.forEach((modulo, servico) -> upstreams.put(modulo.replace('-', '_'), List.of(servico.porta())));
        NginxDeTeste gateway = NginxDeTeste.iniciar(raiz, upstreams, null, true);
        for (ServicoJvm servico : servicos.values()) {
            servico.definir("LICENCIAMENTO_SEGURANCA_EMISSOR", "http://localhost:" + gateway.porta());
            servico.definir("LICENCIAMENTO_SEGURANCA_JWKS_URI", "http://127.0.0.1:" + servicos.get("auth").porta() + "/oauth2/jwks");
            servico.iniciar();
        }
        for (ServicoJvm servico : servicos.values()) {
            servico.esperarProntidao(Duration.ofMinutes(5));
        }
        ModoServico modo = new ModoServico(postgres, mongo, axon, servicos, gateway,
                (System.nanoTime() - inicio) / 1e9);
        modo.criarUsuarios();
        return modo;
    }

    /** The API through the gateway, signed in as the users the benchmark created. */
    Api api() {
        return new Api(urlBase(), papel -> papel == Api.Papel.ADMIN ? new String[]{"admin", SENHA_DO_ADMIN}
                : new String[]{papel.login(), SENHA_DOS_USUARIOS});
    }

    String urlBase() {
        return "http://localhost:" + gateway.porta();
    }

    /** Each service's own operations API (the gateway does not route it). */
    List<Api> operacoes() {
        Api api = api();
        return servicos.values().stream().map(s -> api.em("http://localhost:" + s.porta())).toList();
    }

    /** The read side's own database, where the search model is. */
    String jdbcDaConsulta() {
        return postgres.jdbcDoDono("licenca-query");
    }

    CpuDaPlataforma cpu() {
        Map<String, Long> jvms = new LinkedHashMap<>();
        servicos.forEach((modulo, servico) -> jvms.put(modulo, servico.pid()));
        axon.pid().ifPresent(pid -> jvms.put("Axon Server", pid));
        return new CpuDaPlataforma(jvms, postgres.dados());
    }

    double segundosAtePronto() {
        return segundosAtePronto;
    }

    String descricao() {
        return axon.descricao();
    }

    /** Resident memory of each service's JVM and of Axon Server's. */
    String memoriaResidente() throws Exception {
        List<String> partes = new ArrayList<>();
        for (Map.Entry<String, ServicoJvm> servico : servicos.entrySet()) {
            partes.add(servico.getKey() + " " + residenteMiB(servico.getValue().pid()));
        }
        if (axon.pid().isPresent()) {
            partes.add("Axon Server " + residenteMiB(axon.pid().getAsLong()));
        }
        return String.join(", ", partes) + " (MiB)";
    }

    private void criarUsuarios() throws Exception {
        Api admin = api();
        for (Api.Papel papel : Api.Papel.values()) {
            if (papel == Api.Papel.ADMIN) {
                continue;
            }
            HttpResponse<String> resposta = admin.post(Api.Papel.ADMIN, "/api/v1/usuarios", """
                    {"login":"%s","nome":"Usuario do benchmark","email":"%s@bench.licenciamento.local","senha":"%s","papeis":["%s"]}"""
                    .formatted(papel.login(), papel.login(), SENHA_DOS_USUARIOS, papel.name()));
            if (resposta.statusCode() != 201) {
                throw new IllegalStateException("Usuario " + papel.login() + " nao criado: " + resposta.statusCode() + " " + resposta.body());
            }
        }
    }

    private static long residenteMiB(long pid) throws Exception {
        for (String linha : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (linha.startsWith("VmRSS:")) {
                return Long.parseLong(linha.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() throws Exception {
        for (ServicoJvm servico : servicos.values()) {
            servico.close();
        }
        gateway.close();
        axon.close();
        mongo.shutdownNow();
        postgres.close();
    }
}
