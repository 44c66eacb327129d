package br.licenciamento.platform.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The API speaks JSON (and problem+json). The YAML converter Spring adds because a YAML library is on the classpath
 * (the API documentation's) is taken out, so {@code Accept: application/yaml} answers 406, not an undocumented format.
 */
@Configuration(proxyBeanMethods = false)
public class FormatosDeResposta implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> conversores) {
        conversores.removeIf(conversor -> conversor.getSupportedMediaTypes().stream()
                .anyMatch(tipo -> tipo.getSubtype().contains("yaml")));
    }
}
