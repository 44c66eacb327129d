package br.licenciamento.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The application's {@link MessageSource}: every module's {@code mensagens.properties} found on the classpath (each
 * runnable has the modules it runs). Spring Boot's validator resolves the {@code {campo.*}} keys of Bean Validation
 * messages through it, so a field message lives in the bundle of the module that declares the constraint.
 */
@Configuration(proxyBeanMethods = false)
public class TextosDosModulos {

    private static final String PACOTES = "classpath*:br/licenciamento/**/mensagens.properties";

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource() {
        ResourceBundleMessageSource fonte = new ResourceBundleMessageSource();
        fonte.setDefaultEncoding("UTF-8");
        // One language: never look for a file of the JVM's own locale.
        fonte.setFallbackToSystemLocale(false);
        fonte.setBasenames(pacotes());
        return fonte;
    }

    static String[] pacotes() {
        try {
            Resource[] arquivos = new PathMatchingResourcePatternResolver(TextosDosModulos.class.getClassLoader())
                    .getResources(PACOTES);
            return Arrays.stream(arquivos)
                    .map(TextosDosModulos::nomeBase)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code .../br/licenciamento/pessoa/mensagens.properties} → {@code br/licenciamento/pessoa/mensagens}. */
    private static String nomeBase(Resource arquivo) {
        try {
            String endereco = arquivo.getURL().toString();
            int inicio = endereco.lastIndexOf("br/licenciamento/");
            return inicio < 0 ? null : endereco.substring(inicio, endereco.length() - ".properties".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
