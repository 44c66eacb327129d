package br.licenciamento.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform's JVM started from what a training run recorded ({@code --cache-aot}), so that the measured run does not
 * find it again: on Java 25, the ahead-of-time cache (classes loaded and linked, method profiles: JEPs 483, 514, 515);
 * on older JVMs, a dynamic class-data-sharing archive (classes only). The fat jar is first extracted (Spring Boot's
 * {@code jarmode=tools}), because both keep only classes read from plain jars on the class path; the training run
 * drives the same mix as the benchmark for a while and writes the cache as it stops.
 */
final class CacheAot {

    private final Configuracao cfg;
    private final Plataforma.Partida base;

    CacheAot(Configuracao cfg, Plataforma.Partida base) {
        this.cfg = cfg;
        this.base = base;
    }

    Plataforma.Partida preparar() throws Exception {
        Path pasta = Files.createDirectories(Path.of(cfg.diretorioDeTrabalho()).toAbsolutePath().resolve("aot"));
        Path extraido = pasta.resolve("extraido");
        Process extracao = new ProcessBuilder(base.java(), "-Djarmode=tools", "-jar", base.jar().toAbsolutePath().toString(),
                "extract", "--force", "--destination", extraido.toString()).inheritIO().start();
        if (!extracao.waitFor(5, TimeUnit.MINUTES) || extracao.exitValue() != 0) {
            throw new IllegalStateException("Nao foi possivel extrair " + base.jar());
        }
        Path jar = extraido.resolve(base.jar().getFileName());
        boolean aot = versao(base.java()) >= 25;
        Path cache = pasta.resolve(aot ? "licenciamento.aot" : "licenciamento.jsa");
        Files.deleteIfExists(cache);
        String gravar = (aot ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache;
        String usar = (aot ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + cache;
        Path dados = Files.createTempDirectory(pasta, "treino-");
        long inicio = System.nanoTime();
        try (Plataforma treino = Plataforma.iniciar(base.comJar(jar).com(List.of(gravar)), dados)) {
            Api api = new Api(treino.urlBase());
            Mistura mistura = new Mistura(api);
            mistura.cadastrarRequerentes(16);
            mistura.alvoEmCurso(64);
            ClienteDeCarga.Medida treinamento = new ClienteDeCarga(treino.jdbcUrl())
                    .fechada(16, Duration.ofSeconds(cfg.rapido() ? 30 : 90), mistura::proximo);
            System.out.printf("   (cache AOT: treino com %d comandos)%n", treinamento.comandos());
            treino.encerrar(Duration.ofMinutes(10));
        }
        if (!Files.exists(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException("O treino terminou sem gravar " + cache.getFileName() + "; veja "
                    + dados.resolve("plataforma.log"));
        }
        Benchmark.apagar(dados.resolve("postgres"));
        Benchmark.apagar(dados.resolve("mongo"));
        System.out.printf("   (" + cache.getFileName() + ": %d MiB gravados em %.0f s, treino incluido)%n", Files.size(cache) >> 20,
                (System.nanoTime() - inicio) / 1e9);
        return base.comJar(jar).com(List.of(usar));
    }

    /** The feature release of a {@code java} binary, from {@code java -version}'s first line. */
    static int versao(String java) throws Exception {
        Process versao = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
        String primeira = new String(versao.getInputStream().readAllBytes()).lines().findFirst().orElse("");
        versao.waitFor();
        Matcher numero = Pattern.compile("version \"(1\\.)?(\\d+)").matcher(primeira);
        return numero.find() ? Integer.parseInt(numero.group(2)) : 0;
    }
}
