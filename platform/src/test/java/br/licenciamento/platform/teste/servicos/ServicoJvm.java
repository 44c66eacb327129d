package br.licenciamento.platform.teste.servicos;

import br.licenciamento.platform.teste.ClienteHttp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One instance of a service in a JVM of its own, started from its runnable jar with environment variables only, as
 * {@code scripts/servicos.sh} and the container images start it. It can be killed (SIGKILL) and started again.
 */
public final class ServicoJvm implements AutoCloseable {

    private final Path raiz;
    private final String modulo;
    private final String nome;
    private final Map<String, String> ambiente;
    private final List<String> opcoesDaJvm;
    private final Path log;
    private final int porta;
    private final int portaDeGestao;
    private Process processo;

    /** Small and quick to start, for tests: C1 only, the serial collector. */
    public static final List<String> JVM_DE_TESTE = List.of("-Xms64m", "-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * @param raiz        the repository's root directory, where each module's build left its runnable jar
     * @param opcoesDaJvm heap and JIT options ({@link #JVM_DE_TESTE} for tests; a benchmark wants the defaults' JIT)
     */
    public ServicoJvm(Path raiz, String modulo, String nome, Map<String, String> ambiente, Path logs, List<String> opcoesDaJvm)
            throws IOException {
        this.raiz = raiz;
        this.opcoesDaJvm = List.copyOf(opcoesDaJvm);
        this.modulo = modulo;
        this.nome = nome;
        this.porta = NginxDeTeste.portaLivre();
        this.portaDeGestao = NginxDeTeste.portaLivre();
        this.ambiente = new LinkedHashMap<>(ambiente);
        this.ambiente.put("PORT", String.valueOf(porta));
        this.ambiente.put("MANAGEMENT_SERVER_PORT", String.valueOf(portaDeGestao));
        this.ambiente.put("MANAGEMENT_SERVER_ADDRESS", "127.0.0.1");
        this.log = logs.resolve(nome + ".log");
        Files.createDirectories(logs);
    }

    /** An environment variable of the next start. */
    public void definir(String nome, String valor) {
        ambiente.put(nome, valor);
    }

    public String modulo() {
        return modulo;
    }

    public String nome() {
        return nome;
    }

    public int porta() {
        return porta;
    }

    public int portaDeGestao() {
        return portaDeGestao;
    }

    public long pid() {
        return processo.pid();
    }

    public boolean vivo() {
        return processo != null && processo.isAlive();
    }

    public ClienteHttp api(String token) {
        ClienteHttp api = new ClienteHttp(porta);
        return token == null ? api : api.com("Authorization", "Bearer " + token);
    }

    public void iniciar() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> comando = new ArrayList<>(List.of(java));
        comando.addAll(opcoesDaJvm);
        comando.addAll(List.of("-jar", jar().toString()));
        ProcessBuilder construtor = new ProcessBuilder(comando)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        construtor.environment().putAll(ambiente);
        processo = construtor.start();
        // A test JVM that dies must not leave services running.
        Process iniciado = processo;
        Runtime.getRuntime().addShutdownHook(new Thread(iniciado::destroyForcibly));
    }

    /** Waits until the service says it is ready (its database and Axon Server reachable). */
    public void esperarProntidao(Duration limite) throws InterruptedException {
        Instant fim = Instant.now().plus(limite);
        while (Instant.now().isBefore(fim)) {
            if (!processo.isAlive()) {
                throw new IllegalStateException(nome + " terminou ao iniciar:\n" + caudaDoLog());
            }
            if (prontidao() == 200) {
                return;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(nome + " nao ficou pronto em " + limite + ":\n" + caudaDoLog());
    }

    /** Status of {@code /actuator/health/readiness}, or -1 when nothing answers. */
    public int prontidao() {
        try {
            // The actuator moved to the management port with the metrics (MANAGEMENT_SERVER_PORT).
            return new ClienteHttp(portaDeGestao).get("/actuator/health/readiness").status();
        } catch (IllegalStateException semResposta) {
            return -1;
        }
    }

    /** SIGKILL: what a crash or an OOM kill does to the service. */
    public void matar() throws InterruptedException {
        processo.destroyForcibly();
        processo.waitFor();
    }

    public String caudaDoLog() {
        try {
            List<String> linhas = Files.readAllLines(log);
            return String.join("\n", linhas.subList(Math.max(0, linhas.size() - 80), linhas.size()));
        } catch (IOException e) {
            return "(log ilegivel: " + e + ")";
        }
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        if (processo != null && processo.isAlive()) {
            processo.destroy();
            if (!processo.waitFor(30, TimeUnit.SECONDS)) {
                processo.destroyForcibly().waitFor();
            }
        }
    }

    /** The runnable jar the module's build made, as an operator runs it. */
    private Path jar() throws IOException {
        Path alvo = raiz.resolve(modulo).resolve("target");
        try (Stream<Path> arquivos = Files.list(alvo)) {
            return arquivos.filter(a -> a.getFileName().toString().startsWith(modulo + "-")
                            && a.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Sem " + alvo + "/" + modulo + "-*-exec.jar: rode ./mvnw package"));
        }
    }

    public static List<ServicoJvm> todos(Map<String, List<ServicoJvm>> porModulo) {
        List<ServicoJvm> todos = new ArrayList<>();
        porModulo.values().forEach(todos::addAll);
        return todos;
    }
}
