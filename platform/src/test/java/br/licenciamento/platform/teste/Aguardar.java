package br.licenciamento.platform.teste;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for eventually consistent read models, failing with a message if they never get there. */
public final class Aguardar {

    private Aguardar() {
    }

    public static <T> T ate(String oQue, Duration limite, Supplier<T> tentativa, java.util.function.Predicate<T> pronto) {
        long fim = System.nanoTime() + limite.toNanos();
        T ultimo = null;
        while (System.nanoTime() < fim) {
            ultimo = tentativa.get();
            if (pronto.test(ultimo)) {
                return ultimo;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Esperado em " + limite + ": " + oQue + "; ultimo valor: " + ultimo);
    }
}
