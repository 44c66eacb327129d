package br.licenciamento.embutido;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded infrastructure as a platform start runs it: what it says in the real log (it starts before Spring
 * Boot's logging) and which process a {@code postmaster.pid} left by an earlier run may have stopped.
 */
@ExtendWith(OutputCaptureExtension.class)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class InfraestruturaEmbutidaTest {

    @TempDir
    Path dados;

    private final List<Process> filhos = new ArrayList<>();

    @Test
    void oLogDizEmQuePortasOPostgresEOMongoEscutam(CapturedOutput saida) throws Exception {
        try (ConfigurableApplicationContext contexto = iniciar()) {
            assertThat(saida).contains("Infraestrutura embutida com dados em " + dados.toAbsolutePath()
                    + ": PostgreSQL em localhost:" + portaPostgres(contexto)
                    + ", MongoDB (protocolo) em 127.0.0.1:" + portaMongo(contexto));
        }
    }

    @Test
    void oPostgresOrfaoDeUmaExecucaoMortaEEncerradoEOLogDizIsso(CapturedOutput saida) throws Exception {
        ProcessHandle orfao = abandonarPostgres(dados.resolve("postgres"));

        try (ConfigurableApplicationContext contexto = iniciar()) {
            assertThat(orfao.isAlive()).isFalse();
            assertThat(saida).contains("Encerrando o PostgreSQL órfão (pid " + orfao.pid() + ") deixado em "
                    + dados.resolve("postgres").toAbsolutePath() + " por uma execução interrompida");
            assertThat(saida).contains("PostgreSQL em localhost:" + portaPostgres(contexto));
            assertThat(pidDoArquivo(dados.resolve("postgres"))).isNotEqualTo(orfao.pid());
            assertThat(responde(contexto)).isTrue();
        }
    }

    /** After a reboot the PID in the file may be any process's: it is left alone and the stale file does not block. */
    @Test
    void umProcessoAlheioComOPidDoArquivoContinuaVivoEOPostgresIniciaMesmoAssim(CapturedOutput saida) throws Exception {
        iniciar().close();
        Process alheio = filho(new ProcessBuilder("sleep", "300"));
        Path postgres = dados.resolve("postgres");
        escreverPidFile(postgres, alheio.pid());

        try (ConfigurableApplicationContext contexto = iniciar()) {
            assertThat(alheio.isAlive()).isTrue();
            assertThat(saida).contains(postgres.resolve("postmaster.pid") + " aponta o pid " + alheio.pid()
                    + ", que não é o PostgreSQL deste diretório (sleep 300)");
            assertThat(pidDoArquivo(postgres)).isNotEqualTo(alheio.pid());
            assertThat(responde(contexto)).isTrue();
        }
        assertThat(alheio.isAlive()).isTrue();
    }

    @Test
    void umPostgresDeOutroDiretorioNaoEEncerrado(CapturedOutput saida) throws Exception {
        Path outro = dados.resolve("outro");
        try (PostgresEmbutido vizinho = PostgresEmbutido.iniciar(outro, 0, Map.of(), LogFactory.getLog(getClass()))) {
            ProcessHandle postmasterVizinho = ProcessHandle.of(pidDoArquivo(outro)).orElseThrow();
            Files.createDirectories(dados.resolve("postgres"));
            escreverPidFile(dados.resolve("postgres"), postmasterVizinho.pid());

            try (ConfigurableApplicationContext contexto = iniciar()) {
                assertThat(postmasterVizinho.isAlive()).isTrue();
                assertThat(saida).contains("aponta o pid " + postmasterVizinho.pid()
                        + ", que não é o PostgreSQL deste diretório (PostgreSQL em " + outro.toRealPath() + ")");
                assertThat(responde(contexto)).isTrue();
            }
            assertThat(postmasterVizinho.isAlive()).isTrue();
        }
    }

    /** An operator's server setting (here the one the benchmark uses to profile statements) reaches the server. */
    @Test
    void umaConfiguracaoDoPostgresDadaPeloOperadorChegaAoServidor() throws Exception {
        try (ConfigurableApplicationContext contexto = iniciar(
                "--licenciamento.embutido.postgres-configuracao[shared_preload_libraries]=pg_stat_statements",
                "--licenciamento.embutido.postgres-configuracao[work_mem]=12MB");
             Connection conexao = DriverManager.getConnection(
                     contexto.getEnvironment().getRequiredProperty("spring.datasource.url"), "postgres", "postgres")) {
            assertThat(mostrar(conexao, "shared_preload_libraries")).isEqualTo("pg_stat_statements");
            assertThat(mostrar(conexao, "work_mem")).isEqualTo("12MB");
        }
    }

    private static String mostrar(Connection conexao, String parametro) throws Exception {
        try (ResultSet resultado = conexao.createStatement().executeQuery("show " + parametro)) {
            resultado.next();
            return resultado.getString(1);
        }
    }

    /** Nothing outlives a failed test: children killed, and any postmaster still on a directory of this test stopped. */
    @AfterEach
    void limpar() throws IOException {
        filhos.forEach(Process::destroyForcibly);
        try (var pastas = Files.list(dados)) {
            for (Path pasta : pastas.toList()) {
                try {
                    ProcessHandle.of(pidDoArquivo(pasta)).filter(p -> PostmasterOrfao.identificar(p, pasta).tipo()
                            == PostmasterOrfao.Tipo.ESTE_POSTGRES).ifPresent(ProcessHandle::destroyForcibly);
                } catch (IOException | RuntimeException semPostmaster) {
                    // No pid file: no server left there.
                }
            }
        }
    }

    private ConfigurableApplicationContext iniciar(String... outras) {
        List<String> argumentos = new ArrayList<>(List.of(
                "--licenciamento.embutido.habilitado=true", "--licenciamento.embutido.diretorio=" + dados));
        argumentos.addAll(List.of(outras));
        return new SpringApplicationBuilder(Vazia.class)
                .web(WebApplicationType.NONE)
                .run(argumentos.toArray(String[]::new));
    }

    /** A platform killed with SIGKILL: its JVM is gone, its postmaster keeps running on the directory. */
    private ProcessHandle abandonarPostgres(Path diretorio) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process jvm = filho(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                PostgresAbandonado.class.getName(), diretorio.toString()).redirectErrorStream(true));
        try (BufferedReader linhas = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
            String linha;
            while ((linha = linhas.readLine()) != null && !linha.equals("pronto")) {
                // The child's own log until the server is up.
            }
            assertThat(linha).as("a JVM filha iniciou o PostgreSQL").isEqualTo("pronto");
        }
        ProcessHandle postmaster = ProcessHandle.of(pidDoArquivo(diretorio)).orElseThrow();
        jvm.destroyForcibly().waitFor();
        assertThat(postmaster.isAlive()).as("o postmaster sobrevive ao kill -9 da JVM").isTrue();
        return postmaster;
    }

    private Process filho(ProcessBuilder comando) throws IOException {
        Process processo = comando.start();
        filhos.add(processo);
        return processo;
    }

    /** The lines a postmaster writes: PID, data directory, start time, port, socket dir, listen address, shmem key, state. */
    private static void escreverPidFile(Path diretorio, long pid) throws IOException {
        Files.writeString(diretorio.resolve("postmaster.pid"), String.join("\n", Long.toString(pid),
                diretorio.toAbsolutePath().toString(), Long.toString(System.currentTimeMillis() / 1000), "54321", "/tmp",
                "localhost", "  2245002     65570", "ready   ", ""));
    }

    private static long pidDoArquivo(Path diretorio) throws IOException {
        return Long.parseLong(Files.readAllLines(diretorio.resolve("postmaster.pid")).get(0).trim());
    }

    private static int portaPostgres(ConfigurableApplicationContext contexto) {
        String url = contexto.getEnvironment().getRequiredProperty("spring.datasource.url");
        return URI.create(url.substring("jdbc:".length())).getPort();
    }

    private static int portaMongo(ConfigurableApplicationContext contexto) {
        return URI.create(contexto.getEnvironment().getRequiredProperty("spring.mongodb.uri")).getPort();
    }

    private static boolean responde(ConfigurableApplicationContext contexto) throws Exception {
        try (Connection conexao = DriverManager.getConnection(
                contexto.getEnvironment().getRequiredProperty("spring.datasource.url"), "postgres", "postgres");
             ResultSet resultado = conexao.createStatement().executeQuery("select 1")) {
            return resultado.next();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Vazia {
    }
}
