package br.licenciamento.platform.padroes;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The platform's defaults ({@code licenciamento-padrao.properties}) at the lowest precedence, so every runnable
 * (the one-process app and each service) shares them and can still override any of them.
 */
public class PadroesDaPlataforma implements EnvironmentPostProcessor, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment ambiente, SpringApplication aplicacao) {
        try {
            ambiente.getPropertySources().addLast(new ResourcePropertySource("licenciamentoPadroes",
                    new ClassPathResource("licenciamento-padrao.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
