package br.licenciamento.embutido;

import org.apache.commons.logging.LogFactory;

import java.nio.file.Path;
import java.util.Map;

/**
 * Child JVM of {@link InfraestruturaEmbutidaTest}: starts the embedded PostgreSQL on a directory and waits to be
 * killed with SIGKILL, leaving its postmaster running as a crashed platform does.
 */
public final class PostgresAbandonado {

    public static void main(String[] argumentos) throws Exception {
        PostgresEmbutido.iniciar(Path.of(argumentos[0]), 0, Map.of(), LogFactory.getLog(PostgresAbandonado.class));
        System.out.println("pronto");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
