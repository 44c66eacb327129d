package br.licenciamento.app.confiabilidade;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Like {@code Aguardar.ate}, but hands back the last value instead of failing, so the test can report all of it. */
final class Esperar {

    private Esperar() {
    }

    static <T> T ateOuUltimo(Duration limite, Supplier<T> tentativa, Predicate<T> pronto) throws InterruptedException {
        long fim = System.nanoTime() + limite.toNanos();
        T ultimo = tentativa.get();
        while (!pronto.test(ultimo) && System.nanoTime() < fim) {
            Thread.sleep(250);
            ultimo = tentativa.get();
        }
        return ultimo;
    }
}
