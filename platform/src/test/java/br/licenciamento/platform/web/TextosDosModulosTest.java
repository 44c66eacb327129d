package br.licenciamento.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.MessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field messages come from the modules' bundles through the one MessageSource, the way Spring Boot's validator
 * resolves them: a {@code {campo.*}} key, and Bean Validation's own message for a constraint declared without one,
 * both in Portuguese whatever the JVM's locale.
 */
class TextosDosModulosTest {

    record Pedido(@NotBlank(message = "{campo.informe-quantos-dias}") String dias, @Size(max = 3) String sigla) {
    }

    @Test
    void mensagensDeCampoVemDosPacotesEmPortugues() {
        Locale antes = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try (LocalValidatorFactoryBean validador = new LocalValidatorFactoryBean()) {
            MessageSource textos = new TextosDosModulos().messageSource();
            validador.setMessageInterpolator(new MessageInterpolatorFactory(textos).getObject());
            validador.afterPropertiesSet();
            Set<ConstraintViolation<Pedido>> violacoes = validador.validate(new Pedido(" ", "ABCDE"));
            assertThat(violacoes).extracting(ConstraintViolation::getMessage)
                    .containsExactlyInAnyOrder("informe quantos dias", "o tamanho deve ficar entre 0 e 3");
        } finally {
            Locale.setDefault(antes);
        }
    }

    @Test
    void encontraOPacoteDeCadaModuloNoClasspath() {
        assertThat(TextosDosModulos.pacotes()).contains("br/licenciamento/platform/mensagens");
    }
}
