package br.licenciamento.platform.axon;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The processors' settings keep the defaults the properties had, and a value that would stop them is refused at start. */
class ParametrosDosProcessadoresTest {

    private final ApplicationContextRunner contexto = new ApplicationContextRunner().withUserConfiguration(Configuracao.class);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ParametrosDosProcessadores.class)
    static class Configuracao {
    }

    @Test
    void semNadaConfiguradoValemOsPadroes() {
        contexto.run(c -> assertThat(c.getBean(ParametrosDosProcessadores.class))
                .isEqualTo(new ParametrosDosProcessadores(1, 1000, new ParametrosDosProcessadores.Partilha(Duration.ofSeconds(5)))));
    }

    @Test
    void osNomesDasPropriedadesSaoOsDeAntes() {
        contexto.withPropertyValues("licenciamento.processadores.segmentos=4", "licenciamento.processadores.lote=250",
                        "licenciamento.processadores.partilha.intervalo=PT1S")
                .run(c -> assertThat(c.getBean(ParametrosDosProcessadores.class))
                        .isEqualTo(new ParametrosDosProcessadores(4, 250, new ParametrosDosProcessadores.Partilha(Duration.ofSeconds(1)))));
    }

    @Test
    void valorQueParariaOsProcessadoresImpedeOInicio() {
        contexto.withPropertyValues("licenciamento.processadores.segmentos=0").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().isInstanceOf(BindValidationException.class).hasMessageContaining("segmentos"));
        contexto.withPropertyValues("licenciamento.processadores.partilha.intervalo=PT0S").run(c -> assertThat(c).hasFailed()
                .getFailure().rootCause().isInstanceOf(BindValidationException.class).hasMessageContaining("partilha.intervalo"));
    }
}
