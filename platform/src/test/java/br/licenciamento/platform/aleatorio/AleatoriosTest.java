package br.licenciamento.platform.aleatorio;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AleatoriosTest {

    @Test
    void identificadoresSaoUuidsAleatoriosDaVersao4() {
        UUID uuid = UUID.fromString(Aleatorios.identificador());

        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
    }

    @Test
    void threadsConcorrentesNuncaRepetemUmIdentificador() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> lotes = IntStream.range(0, 8).<Callable<List<String>>>mapToObj(i ->
                    () -> IntStream.range(0, 50_000).mapToObj(j -> Aleatorios.identificador()).toList()).toList();
            Set<String> todos = new HashSet<>();
            for (Future<List<String>> lote : threads.invokeAll(lotes)) {
                todos.addAll(lote.get());
            }

            assertThat(todos).hasSize(8 * 50_000);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void cadaThreadTemSeuProprioGeradorSemTravaCompartilhada() throws Exception {
        ExecutorService outra = Executors.newSingleThreadExecutor();
        try {
            SecureRandom daOutra = outra.submit(Aleatorios::gerador).get();

            assertThat(Aleatorios.gerador()).isSameAs(Aleatorios.gerador()).isNotSameAs(daOutra);
            assertThat(daOutra.getAlgorithm()).isEqualTo("DRBG");
        } finally {
            outra.shutdownNow();
        }
    }

    @Test
    void mensagensDoAxonRecebemIdentificadoresDaPlataforma() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(IdentificadoresDoAxon.class);
        assertThat(UUID.fromString(GenericEventMessage.asEventMessage("evento").getIdentifier()).version()).isEqualTo(4);
    }
}
