package br.licenciamento.platform.teste.servicos;

import org.axonframework.test.server.AxonServerContainer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Axon Server SE for the service-mode test, which can be stopped and started again on the same data and ports
 * (an outage). Where a Docker engine runs, Axon's {@link AxonServerContainer}; otherwise a jar named by
 * {@code AXONSERVER_JAR}, or found at {@code /opt/axonserver/axonserver.jar}, run as an operator would. Axon Server is
 * not on Maven Central: the jar is built from its public source outside this repository.
 */
public abstract class ServidorAxon implements AutoCloseable {

    public static final Path JAR_PADRAO = Path.of("/opt/axonserver/axonserver.jar");
    /** The version this client was verified against (docs/modo-servico.md). */
    public static final String IMAGEM = "axoniq/axonserver:2023.2.1-jdk-17";

    /** Why the test cannot run here, or empty when it can. */
    public static Optional<String> indisponivel() {
        if (jar().isEmpty() && !dockerDisponivel()) {
            return Optional.of("Sem Axon Server: defina AXONSERVER_JAR com o jar do Axon Server SE 2023.2.x, ponha-o em "
                    + JAR_PADRAO + " ou rode onde haja Docker (imagem " + IMAGEM + ").");
        }
        if (!NginxDeTeste.disponivel()) {
            return Optional.of("Sem nginx em " + NginxDeTeste.NGINX + " para o gateway (apt-get install nginx).");
        }
        return Optional.empty();
    }

    public static ServidorAxon iniciar(Path diretorio) throws Exception {
        ServidorAxon servidor = jar().isPresent() ? new DoJar(jar().get(), diretorio) : new EmConteiner();
        servidor.ligar();
        return servidor;
    }

    private static Optional<Path> jar() {
        String variavel = System.getenv("AXONSERVER_JAR");
        Path jar = variavel == null || variavel.isBlank() ? JAR_PADRAO : Path.of(variavel);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    private static boolean dockerDisponivel() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** host:port of its gRPC endpoint, for {@code AXON_AXONSERVER_SERVERS}. */
    public abstract String endereco();

    public abstract String descricao();

    /** The process id, for reading its CPU time; empty in a container. */
    public abstract java.util.OptionalLong pid();

    /** Starts it and waits until it answers. */
    public abstract void ligar() throws Exception;

    /** Stops it, keeping its data: the outage the services must survive. */
    public abstract void desligar() throws Exception;

    @Override
    public void close() throws Exception {
        desligar();
    }

    static void esperarPorta(String host, int porta, Duration limite, Process processo) throws InterruptedException {
        Instant fim = Instant.now().plus(limite);
        while (Instant.now().isBefore(fim)) {
            if (processo != null && !processo.isAlive()) {
                throw new IllegalStateException("Axon Server terminou ao iniciar (veja axonserver.log)");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, porta), 500);
                return;
            } catch (IOException ainda) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("Axon Server nao abriu a porta " + porta + " em " + limite);
    }

    private static final class DoJar extends ServidorAxon {

        private final Path jar;
        private final Path diretorio;
        private final int portaHttp;
        private final int portaGrpc;
        private Process processo;

        DoJar(Path jar, Path diretorio) throws IOException {
            this.jar = jar;
            // Axon Server's control database (H2) refuses a path relative to the working directory.
            this.diretorio = diretorio.toAbsolutePath();
            this.portaHttp = NginxDeTeste.portaLivre();
            this.portaGrpc = NginxDeTeste.portaLivre();
            Files.createDirectories(diretorio);
        }

        @Override
        public String endereco() {
            return "127.0.0.1:" + portaGrpc;
        }

        @Override
        public String descricao() {
            return jar.toString();
        }

        @Override
        public java.util.OptionalLong pid() {
            return processo == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(processo.pid());
        }

        @Override
        public void ligar() throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            processo = new ProcessBuilder(java, "-Xmx384m", "-jar", jar.toString(),
                    "--server.address=127.0.0.1", "--server.port=" + portaHttp,
                    "--axoniq.axonserver.port=" + portaGrpc,
                    "--axoniq.axonserver.hostname=127.0.0.1",
                    "--axoniq.axonserver.event.storage=" + diretorio.resolve("eventos"),
                    "--axoniq.axonserver.snapshot.storage=" + diretorio.resolve("snapshots"),
                    "--axoniq.axonserver.controldb-path=" + diretorio.resolve("controle"),
                    "--axoniq.axonserver.pid-file-location=" + diretorio,
                    "--axoniq.axonserver.controldb-backup-location=" + diretorio.resolve("copias"),
                    "--axoniq.axonserver.transformation.storage=" + diretorio.resolve("transformacoes"),
                    "--axoniq.axonserver.plugin-cache-directory=" + diretorio.resolve("plugins/cache"),
                    "--axoniq.axonserver.plugin-package-directory=" + diretorio.resolve("plugins/pacotes"),
                    "--axoniq.axonserver.event.segment-size=16MB",
                    "--axoniq.axonserver.snapshot.segment-size=16MB")
                    .directory(diretorio.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(diretorio.resolve("axonserver.log").toFile()))
                    .start();
            Process iniciado = processo;
            Runtime.getRuntime().addShutdownHook(new Thread(iniciado::destroyForcibly));
            esperarPorta("127.0.0.1", portaGrpc, Duration.ofSeconds(90), processo);
            esperarSaude("http://127.0.0.1:" + portaHttp + "/actuator/health", Duration.ofSeconds(60));
        }

        @Override
        public void desligar() throws Exception {
            if (processo != null && processo.isAlive()) {
                processo.destroy();
                if (!processo.waitFor(30, TimeUnit.SECONDS)) {
                    processo.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** Docker: fixed host ports, so the services find it at the same address after a stop and a start. */
    private static final class EmConteiner extends ServidorAxon {

        private final AxonServerContainer conteiner;
        private final int portaGrpc;
        private boolean criado;

        EmConteiner() throws IOException {
            portaGrpc = NginxDeTeste.portaLivre();
            conteiner = new AxonServerContainer(IMAGEM).withDevMode(true);
            conteiner.setPortBindings(List.of(portaGrpc + ":8124", NginxDeTeste.portaLivre() + ":8024"));
        }

        @Override
        public String endereco() {
            return "127.0.0.1:" + portaGrpc;
        }

        @Override
        public String descricao() {
            return "conteiner " + IMAGEM;
        }

        @Override
        public java.util.OptionalLong pid() {
            return java.util.OptionalLong.empty();
        }

        @Override
        public void ligar() throws Exception {
            if (!criado) {
                conteiner.start();
                criado = true;
            } else {
                conteiner.getDockerClient().startContainerCmd(conteiner.getContainerId()).exec();
            }
            esperarPorta("127.0.0.1", portaGrpc, Duration.ofSeconds(90), null);
        }

        @Override
        public void desligar() {
            if (criado && conteiner.isRunning()) {
                conteiner.getDockerClient().stopContainerCmd(conteiner.getContainerId()).exec();
            }
        }

        @Override
        public void close() {
            conteiner.stop();
        }
    }

    static void esperarSaude(String url, Duration limite) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant fim = Instant.now().plus(limite);
        while (Instant.now().isBefore(fim)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException ainda) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(url + " nao respondeu 200 em " + limite);
    }
}
