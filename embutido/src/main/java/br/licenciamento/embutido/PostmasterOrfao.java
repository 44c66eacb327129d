package br.licenciamento.embutido;

import org.apache.commons.logging.Log;
import org.springframework.core.log.LogMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code postmaster.pid} an earlier run left in the data directory. A platform killed without shutdown (kill -9)
 * leaves its postmaster running, and PostgreSQL refuses a new server while it does; after a reboot the same PID may
 * belong to any other process. Only a live postgres whose data directory is this one is stopped.
 */
final class PostmasterOrfao {

    static final String ARQUIVO = "postmaster.pid";

    enum Tipo {
        /** A postgres server working in this data directory: the orphan. */
        ESTE_POSTGRES,
        /** Some other process (PID reused) or a postgres of another directory. */
        ALHEIO,
        /** Not enough visible to tell: neither stopped nor its pid file touched. */
        INDETERMINADO
    }

    record Identificacao(Tipo tipo, String descricao) {
    }

    private PostmasterOrfao() {
    }

    static void tratar(Path diretorio, Log log) {
        Path arquivo = diretorio.resolve(ARQUIVO);
        long pid;
        try {
            pid = lerPid(arquivo);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException | RuntimeException e) {
            log.warn(LogMessage.format("Não foi possível ler %s: %s", arquivo, e));
            return;
        }
        // A dead PID needs nothing: PostgreSQL itself replaces a pid file whose process is gone.
        Optional<ProcessHandle> vivo = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (vivo.isEmpty()) {
            return;
        }
        ProcessHandle processo = vivo.get();
        Identificacao identificacao = identificar(processo, diretorio);
        switch (identificacao.tipo()) {
            case ESTE_POSTGRES -> encerrar(processo, diretorio, log);
            case ALHEIO -> {
                log.warn(LogMessage.format("%s aponta o pid %d, que não é o PostgreSQL deste diretório (%s): "
                        + "o processo não é encerrado e o arquivo obsoleto é removido", arquivo, pid,
                        identificacao.descricao()));
                removerSeAindaFor(arquivo, pid, log);
            }
            case INDETERMINADO -> log.warn(LogMessage.format("Não foi possível identificar o processo %d de %s (%s): "
                    + "ele não é encerrado; se for um PostgreSQL neste diretório, o novo servidor não iniciará",
                    pid, arquivo, identificacao.descricao()));
        }
    }

    /** Whether {@code processo} is a postgres server whose data directory is {@code diretorio} (by real path). */
    static Identificacao identificar(ProcessHandle processo, Path diretorio) {
        List<String> comando = linhaDeComando(processo);
        if (comando.isEmpty()) {
            return new Identificacao(Tipo.INDETERMINADO, "linha de comando ilegível");
        }
        String descricao = String.join(" ", comando);
        if (!ehPostgres(comando.get(0))) {
            return new Identificacao(Tipo.ALHEIO, descricao);
        }
        Optional<Path> dados = diretorioDeDados(processo, comando);
        if (dados.isEmpty()) {
            return new Identificacao(Tipo.INDETERMINADO, descricao);
        }
        try {
            return dados.get().equals(diretorio.toRealPath())
                    ? new Identificacao(Tipo.ESTE_POSTGRES, descricao)
                    : new Identificacao(Tipo.ALHEIO, "PostgreSQL em " + dados.get());
        } catch (IOException e) {
            return new Identificacao(Tipo.INDETERMINADO, e.toString());
        }
    }

    private static void encerrar(ProcessHandle processo, Path diretorio, Log log) {
        log.warn(LogMessage.format("Encerrando o PostgreSQL órfão (pid %d) deixado em %s por uma execução interrompida",
                processo.pid(), diretorio.toAbsolutePath()));
        // SIGTERM: a smart shutdown; the killed platform's connections are already gone.
        processo.destroy();
        if (!terminou(processo)) {
            log.warn(LogMessage.format("O PostgreSQL órfão (pid %d) não parou em 30 s: encerrado à força", processo.pid()));
            processo.destroyForcibly();
            terminou(processo);
        }
    }

    private static boolean terminou(ProcessHandle processo) {
        try {
            processo.onExit().get(30, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** Only while the file still names that PID: never a pid file a server wrote meanwhile. */
    private static void removerSeAindaFor(Path arquivo, long pid, Log log) {
        try {
            if (lerPid(arquivo) == pid) {
                Files.delete(arquivo);
            }
        } catch (NoSuchFileException e) {
            // Already gone.
        } catch (IOException | RuntimeException e) {
            log.warn(LogMessage.format("Não foi possível remover %s: %s", arquivo, e));
        }
    }

    private static long lerPid(Path arquivo) throws IOException {
        // First line: the postmaster's PID (then data directory, start time, port, socket dir, ...).
        return Long.parseLong(Files.readAllLines(arquivo, StandardCharsets.UTF_8).get(0).trim());
    }

    private static List<String> linhaDeComando(ProcessHandle processo) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc", Long.toString(processo.pid()), "cmdline"));
            List<String> partes = new ArrayList<>();
            for (String parte : new String(bytes, StandardCharsets.UTF_8).split("\0")) {
                if (!parte.isEmpty()) {
                    partes.add(parte);
                }
            }
            if (!partes.isEmpty()) {
                return partes;
            }
        } catch (IOException | RuntimeException e) {
            // No /proc (macOS) or not readable: what the JDK can see.
        }
        ProcessHandle.Info info = processo.info();
        List<String> partes = new ArrayList<>();
        info.command().ifPresent(partes::add);
        info.arguments().ifPresent(argumentos -> partes.addAll(List.of(argumentos)));
        return partes;
    }

    /** The postmaster keeps its argv; its children rename themselves ("postgres: checkpointer"), so never match. */
    private static boolean ehPostgres(String executavel) {
        String nome = executavel.substring(executavel.lastIndexOf('/') + 1);
        return nome.equals("postgres") || nome.equals("postmaster");
    }

    private static Optional<Path> diretorioDeDados(ProcessHandle processo, List<String> comando) {
        // The postmaster changes into its data directory at start.
        try {
            return Optional.of(Path.of("/proc", Long.toString(processo.pid()), "cwd").toRealPath());
        } catch (IOException | RuntimeException e) {
            // No /proc or no permission: the -D argument, when it does not depend on the other process's cwd.
        }
        for (int i = 1; i < comando.size(); i++) {
            String argumento = comando.get(i);
            String valor = argumento.equals("-D") && i + 1 < comando.size() ? comando.get(i + 1)
                    : argumento.startsWith("-D") && argumento.length() > 2 ? argumento.substring(2) : null;
            if (valor != null && Path.of(valor).isAbsolute()) {
                try {
                    return Optional.of(Path.of(valor).toRealPath());
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
