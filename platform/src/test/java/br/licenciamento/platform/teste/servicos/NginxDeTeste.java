package br.licenciamento.platform.teste.servicos;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The gateway's real configuration ({@code gateway/licenciamento.conf}, and optionally {@code gateway/tls.conf}) in
 * Debian's nginx on free loopback ports, in front of the given upstreams (service name → ports of its instances).
 * {@code raiz} is the repository's root directory.
 */
public final class NginxDeTeste implements AutoCloseable {

    public static final Path NGINX = Path.of("/usr/sbin/nginx");

    private final Path diretorio;
    private final Process nginx;
    private final int porta;
    private final int portaTls;

    private NginxDeTeste(Path diretorio, Process nginx, int porta, int portaTls) {
        this.diretorio = diretorio;
        this.nginx = nginx;
        this.porta = porta;
        this.portaTls = portaTls;
    }

    public static boolean disponivel() {
        return Files.isExecutable(NGINX);
    }

    /**
     * @param certificado a directory with {@code certificado.pem} and {@code chave.pem} for the TLS server, or null for
     *                    plain HTTP only
     */
    public static NginxDeTeste iniciar(Path raiz, Map<String, List<Integer>> upstreams, Path certificado) throws Exception {
        return iniciar(raiz, upstreams, certificado, false);
    }

    /**
     * @param semLimiteDeTaxa lifts the per-client rate limit, for a benchmark that is one client per role at hundreds of
     *                        requests per second (everything else is the configuration as shipped)
     */
    public static NginxDeTeste iniciar(Path raiz, Map<String, List<Integer>> upstreams, Path certificado,
                                       boolean semLimiteDeTaxa) throws Exception {
        Path diretorio = Files.createTempDirectory("gateway-teste");
        int porta = portaLivre();
        int portaTls = certificado == null ? 0 : portaLivre();
        Files.writeString(diretorio.resolve("upstreams.conf"), upstreams.entrySet().stream()
                .map(u -> "upstream " + u.getKey() + " { " + u.getValue().stream().map(p -> "server 127.0.0.1:" + p + ";")
                        .collect(Collectors.joining(" ")) + " }")
                .collect(Collectors.joining("\n")));
        String configuracao = Files.readString(raiz.resolve("gateway").resolve("licenciamento.conf"));
        if (semLimiteDeTaxa) {
            configuracao = configuracao.replaceFirst("rate=\\d+r/s", "rate=1000000r/s").replace("limit_conn conexoes_por_ip 100;", "");
        }
        Files.writeString(diretorio.resolve("licenciamento.conf"), configuracao
                .replace("listen 8080;", "listen 127.0.0.1:" + porta + ";")
                .replace("/var/log/nginx/licenciamento-acesso.log", diretorio.resolve("acesso.log").toString()));
        String tls = "";
        if (certificado != null) {
            // Debian 12's nginx (1.22) predates the `http2` directive of the image's nginx.
            Files.writeString(diretorio.resolve("tls.conf"), Files.readString(raiz.resolve("gateway").resolve("tls.conf"))
                    .replace("listen 8443 ssl;", "listen 127.0.0.1:" + portaTls + " ssl;")
                    .replace("http2 on;", "")
                    .replace("/etc/nginx/tls/", certificado + "/")
                    .replace("proxy_pass http://127.0.0.1:8080;", "proxy_pass http://127.0.0.1:" + porta + ";"));
            tls = "include %s/tls.conf;".formatted(diretorio);
        }
        Files.writeString(diretorio.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/erro.log warn;
                events { worker_connections 256; }
                http {
                    client_body_temp_path %1$s/corpo;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/upstreams.conf;
                    include %1$s/licenciamento.conf;
                    %2$s
                }
                """.formatted(diretorio, tls));
        Process nginx = new ProcessBuilder(NGINX.toString(), "-p", diretorio.toString(), "-c", diretorio.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(diretorio.resolve("saida.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(nginx::destroyForcibly));
        Instant limite = Instant.now().plusSeconds(10);
        while (!aceitaConexao(porta) || (portaTls > 0 && !aceitaConexao(portaTls))) {
            if (Instant.now().isAfter(limite) || !nginx.isAlive()) {
                throw new IllegalStateException("nginx nao subiu: " + Files.readString(diretorio.resolve("saida.log")));
            }
            Thread.sleep(50);
        }
        return new NginxDeTeste(diretorio, nginx, porta, portaTls);
    }

    public int porta() {
        return porta;
    }

    public int portaTls() {
        return portaTls;
    }

    public Path diretorio() {
        return diretorio;
    }

    @Override
    public void close() throws InterruptedException {
        nginx.destroy();
        nginx.waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * A free port below the kernel's ephemeral range. A port the kernel hands out for {@code bind(0)} comes from the same
     * range as the local ports of outgoing connections, and a service binds its port only tens of seconds after it was
     * chosen: meanwhile any client connection (to PostgreSQL, Axon Server, another service) could take it, which once
     * stopped a service of the service-mode test with "Port ... was already in use".
     */
    public static int portaLivre() throws IOException {
        int limite = inicioDasPortasEfemeras();
        for (int tentativa = 0; tentativa < 500; tentativa++) {
            int porta = PRIMEIRA_PORTA + java.util.concurrent.ThreadLocalRandom.current().nextInt(limite - PRIMEIRA_PORTA);
            if (!ENTREGUES.add(porta)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(porta)) {
                return socket.getLocalPort();
            } catch (IOException ocupada) {
                // taken by something else: try another
            }
        }
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static final int PRIMEIRA_PORTA = 20_000;
    /** Ports this JVM already handed out: two services of one test never get the same one. */
    private static final java.util.Set<Integer> ENTREGUES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static int inicioDasPortasEfemeras() {
        try {
            String faixa = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/net/ipv4/ip_local_port_range"));
            return Math.max(PRIMEIRA_PORTA + 1000, Integer.parseInt(faixa.trim().split("\\s+")[0]));
        } catch (IOException | RuntimeException semProc) {
            return 32_768;
        }
    }

    private static boolean aceitaConexao(int porta) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", porta), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
