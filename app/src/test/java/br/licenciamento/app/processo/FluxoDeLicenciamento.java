package br.licenciamento.app.processo;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of a licensing request over HTTP ({@link EtapasPelaApi}) with a clock the test can move to cross legal
 * deadlines. Snapshots every 5 events, so long processes exercise them; documents up to 64 KiB.
 */
@Import(FluxoDeLicenciamento.RelogioDosTestes.class)
@TestPropertySource(properties = {"licenciamento.processo.snapshot.eventos=5",
        "licenciamento.documentos.tamanho-maximo-bytes=65536"})
public abstract class FluxoDeLicenciamento extends EtapasPelaApi {

    @TestConfiguration(proxyBeanMethods = false)
    static class RelogioDosTestes {

        @Bean
        @Primary
        RelogioAjustavel relogioAjustavel() {
            return new RelogioAjustavel();
        }
    }

    @Autowired
    protected RelogioAjustavel relogio;

    @Autowired
    private Clock relogioDaPlataforma;

    @BeforeEach
    void relogioNoPresente() {
        relogio.reiniciar();
        assertThat(relogioDaPlataforma).isSameAs(relogio);
    }

    /** Today in the platform's legal calendar (Brasilia), by the test clock. */
    @Override
    protected java.time.LocalDate hoje() {
        return java.time.LocalDate.now(relogio);
    }
}
