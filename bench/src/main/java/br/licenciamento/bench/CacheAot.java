package br.licenciamento.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Java 25's ahead-of-time cache for the platform ({@code --cache-aot}): classes loaded and linked and method profiles
 * recorded in a training run, so that the measured run starts with them instead of finding them again. The fat jar is
 * first extracted (Spring Boot's {@code jarmode=tools}), because the cache keeps only classes read from plain jars on
 * the class path; the training run drives the same mix as the benchmark for a while and writes the cache as it stops.
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
        Path cache = pasta.resolve("licenciamento.aot");
        Files.deleteIfExists(cache);
        Path dados = Files.createTempDirectory(pasta, "treino-");
        long inicio = System.nanoTime();
        try (Plataforma treino = Plataforma.iniciar(base.comJar(jar).com(List.of("-XX:AOTCacheOutput=" + cache)), dados)) {
            Api api = new Api(treino.urlBase());
            Mistura mistura = new Mistura(api);
            mistura.cadastrarRequerentes(16);
            mistura.alvoEmCurso(64);
            ClienteDeCarga.Medida treinamento = new ClienteDeCarga(treino.jdbcUrl())
                    .fechada(16, Duration.ofSeconds(cfg.rapido() ? 30 : 90), mistura::proximo);
            System.out.printf("   (cache AOT: treino com %d comandos)%n", treinamento.comandos());
            treino.encerrar(Duration.ofMinutes(10));
        }
        if (!Files.exists(cache)) {
            throw new IllegalStateException("O treino terminou sem gravar o cache AOT; veja " + dados.resolve("plataforma.log"));
        }
        System.out.printf("   (cache AOT: %d MiB gravados em %.0f s, treino incluido)%n", Files.size(cache) >> 20,
                (System.nanoTime() - inicio) / 1e9);
        return base.comJar(jar).com(List.of("-XX:AOTCache=" + cache));
    }
}
