package br.licenciamento.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Command-line options of a benchmark run; {@code --rapido} shrinks every volume for a quick look. */
record Configuracao(Path jar, String diretorioDeTrabalho, String heap, boolean rapido, int segundosPorPasso,
                    int[] concorrencias, long eventosReplay, long limiteReplayMinutos, long[] crescimento,
                    int medicoesDeCarga, double taxaDeCpu, boolean jfr, boolean manterDados,
                    List<String> propriedades, boolean modoServico, int processosImportados, String java,
                    List<String> opcoesDaJvm, boolean cacheAot, boolean sql) {

    static Configuracao de(String[] args) {
        boolean rapido = Arrays.asList(args).contains("--rapido");
        Path jar = Path.of(valor(args, "--jar", "app/target/licenciamento.jar"));
        return new Configuracao(jar,
                valor(args, "--trabalho", "bench/target"),
                valor(args, "--heap", "768m"),
                rapido,
                Integer.parseInt(valor(args, "--segundos", rapido ? "8" : "20")),
                Arrays.stream(valor(args, "--concorrencias", rapido ? "1,4,16,32" : "1,2,4,8,16,32,64").split(","))
                        .mapToInt(Integer::parseInt).toArray(),
                Long.parseLong(valor(args, "--eventos-replay", rapido ? "20000" : "1000000")),
                Long.parseLong(valor(args, "--limite-replay-min", rapido ? "2" : "45")),
                Arrays.stream(valor(args, "--crescimento", rapido ? "100000,300000" : "1000000,5000000").split(","))
                        .filter(v -> !v.isBlank()).mapToLong(Long::parseLong).toArray(),
                Integer.parseInt(valor(args, "--medicoes-de-carga", rapido ? "31" : "101")),
                // Commands/s of the CPU-cost step; 0 = half the saturation rate. A fixed rate compares two runs.
                Double.parseDouble(valor(args, "--taxa-cpu", "0")),
                Arrays.asList(args).contains("--jfr"),
                Arrays.asList(args).contains("--manter-dados"),
                // --propriedade=chave=valor (repeatable): passed to the platform, e.g. to try a setting's effect.
                // --sql adds the one that lets the CPU step rank PostgreSQL's statements (ConsultasDoPostgres).
                Stream.concat(
                        Arrays.stream(args).filter(a -> a.startsWith("--propriedade="))
                                .map(a -> "--" + a.substring("--propriedade=".length())),
                        Arrays.asList(args).contains("--sql") ? Stream.of(ConsultasDoPostgres.PROPRIEDADE)
                                : Stream.empty())
                        .toList(),
                // The embedded and the service mode side by side on the same mix (needs an Axon Server jar).
                Arrays.asList(args).contains("--modo-servico"),
                // Size of the legacy-process batch imported through the API.
                Integer.parseInt(valor(args, "--importacao", rapido ? "1000" : "10000")),
                // The platform's java (e.g. a Java 25 next to the benchmark's 17), and options for its JVM (repeatable).
                valor(args, "--java", Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                Arrays.stream(args).filter(a -> a.startsWith("--opcao-jvm=")).map(a -> a.substring("--opcao-jvm=".length()))
                        .toList(),
                // A training run first writes an ahead-of-time cache (Java 25+), the measured run starts from it.
                Arrays.asList(args).contains("--cache-aot"),
                Arrays.asList(args).contains("--sql"));
    }

    private static String valor(String[] args, String nome, String padrao) {
        for (String arg : args) {
            if (arg.startsWith(nome + "=")) {
                return arg.substring(nome.length() + 1);
            }
        }
        return padrao;
    }
}
