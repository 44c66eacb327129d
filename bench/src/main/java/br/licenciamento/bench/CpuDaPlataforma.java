package br.licenciamento.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time spent by the platform: its JVM and the embedded PostgreSQL (the postmaster, its live backends, and through
 * the postmaster's children totals every backend that already ended). Read from {@code /proc}, so it counts what the
 * cores really did, whatever the machine's other load — far steadier than a throughput on two shared cores, which is
 * why the A/B comparisons of the tuning use it. The JIT compiler's threads are counted apart: four minutes into a run they
 * still took about a third of the JVM's CPU (bench/README.md), a warm-up cost that says nothing about a change.
 */
final class CpuDaPlataforma {

    /** Linux's clock ticks per second ({@code getconf CLK_TCK}), 100 on every common kernel. */
    private static final double TICKS_POR_SEGUNDO = 100.0;

    private final Map<String, Long> jvms;
    private final Path dadosDoPostgres;

    CpuDaPlataforma(long pidDaJvm, Path dadosDoPostgres) {
        this(Map.of("JVM", pidDaJvm), dadosDoPostgres);
    }

    /** Several JVMs by name (the services and Axon Server in the service mode), and their PostgreSQL. */
    CpuDaPlataforma(Map<String, Long> jvms, Path dadosDoPostgres) {
        this.jvms = new LinkedHashMap<>(jvms);
        this.dadosDoPostgres = dadosDoPostgres;
    }

    /**
     * Seconds of CPU so far: each JVM's without its JIT, the JIT of all of them, PostgreSQL's, and the load client's
     * (this benchmark's JVM, JIT included), which runs on the same cores.
     */
    record Leitura(Map<String, Double> jvms, double jit, double postgres, double cliente, long nanos) {

        Consumo ate(Leitura depois) {
            Map<String, Double> porJvm = new LinkedHashMap<>();
            jvms.forEach((nome, antes) -> porJvm.put(nome, depois.jvms.get(nome) - antes));
            return new Consumo(porJvm, depois.jit - jit, depois.postgres - postgres, depois.cliente - cliente,
                    (depois.nanos - nanos) / 1e9);
        }
    }

    /** CPU seconds spent over an interval of {@code segundos} of wall time; each JVM's without the JIT's. */
    record Consumo(Map<String, Double> jvms, double jit, double postgres, double cliente, double segundos) {

        double jvm() {
            return jvms.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        double total() {
            return jvm() + postgres;
        }

        String porComando(long comandos) {
            String porJvm = jvms.entrySet().stream()
                    .map(j -> "%s %.2f".formatted(j.getKey(), 1000 * j.getValue() / comandos))
                    .collect(java.util.stream.Collectors.joining(", "));
            return ("%.2f ms de CPU por comando (%s, PostgreSQL %.2f; fora isso o compilador JIT %.2f), "
                    + "%.2f nucleos em media durante %.0f s; o cliente de carga %.2f ms por comando, %.2f nucleos")
                    .formatted(1000 * total() / comandos, porJvm, 1000 * postgres / comandos,
                            1000 * jit / comandos, (total() + jit) / segundos, segundos, 1000 * cliente / comandos,
                            cliente / segundos);
        }
    }

    Leitura ler() throws IOException {
        long postmaster = Long.parseLong(Files.readAllLines(dadosDoPostgres.resolve("postmaster.pid")).get(0).trim());
        double postgres = segundos(postmaster, true);
        try (Stream<Path> processos = Files.list(Path.of("/proc"))) {
            for (Path p : processos.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                List<String> campos = campos(p);
                if (campos != null && Long.parseLong(campos.get(1)) == postmaster) {
                    postgres += segundos(campos, false);
                }
            }
        }
        Map<String, Double> porJvm = new LinkedHashMap<>();
        double jit = 0;
        for (Map.Entry<String, Long> jvm : jvms.entrySet()) {
            double doJit = jit(jvm.getValue());
            porJvm.put(jvm.getKey(), segundos(jvm.getValue(), false) - doJit);
            jit += doJit;
        }
        return new Leitura(porJvm, jit, postgres, segundos(ProcessHandle.current().pid(), false), System.nanoTime());
    }

    /** The JVM's compiler threads ({@code C1 CompilerThread0}, {@code C2 CompilerThread1}, ...). */
    private static double jit(long pid) throws IOException {
        double segundos = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path thread : threads.toList()) {
                List<String> campos = campos(thread);
                if (campos != null && compilador(thread)) {
                    segundos += segundos(campos, false);
                }
            }
        }
        return segundos;
    }

    private static double segundos(long pid, boolean comFilhosEncerrados) throws IOException {
        List<String> campos = campos(Path.of("/proc", String.valueOf(pid)));
        if (campos == null) {
            throw new IOException("processo " + pid + " nao existe mais");
        }
        return segundos(campos, comFilhosEncerrados);
    }

    /** utime + stime (+ cutime + cstime), fields 14–17 of {@code /proc/<pid>/stat}. */
    private static double segundos(List<String> campos, boolean comFilhosEncerrados) {
        long ticks = Long.parseLong(campos.get(11)) + Long.parseLong(campos.get(12));
        if (comFilhosEncerrados) {
            ticks += Long.parseLong(campos.get(13)) + Long.parseLong(campos.get(14));
        }
        return ticks / TICKS_POR_SEGUNDO;
    }

    private static boolean compilador(Path thread) {
        try {
            return Files.readString(thread.resolve("comm")).contains("CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The fields of {@code stat} after the command name (which may hold spaces): index 0 is the state, 1 the parent's
     * pid, 11–14 utime, stime, cutime, cstime. Null when the process ended meanwhile.
     */
    private static List<String> campos(Path processo) {
        try {
            String stat = Files.readString(processo.resolve("stat"));
            return List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
