package br.licenciamento.app.notificacao;

import br.licenciamento.app.LicenciamentoApplication;
import br.licenciamento.platform.teste.ClienteHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole platform started by the test itself, as a user starts it, with the test's settings and a signed-in user
 * the test chooses. Kept out of Spring's test-context cache: these settings would add cached contexts that pause
 * and resume the ones other tests share.
 */
final class PlataformaPropria implements AutoCloseable {

    @Configuration(proxyBeanMethods = false)
    static class UsuarioDosTestes {
        @Bean
        @Primary
        UsuarioDeTeste usuarioDeTeste() {
            return new UsuarioDeTeste();
        }
    }

    private final ConfigurableApplicationContext contexto;

    PlataformaPropria(Path dados, String... argumentos) {
        List<String> todos = new ArrayList<>(List.of("--server.port=0", "--licenciamento.embutido.diretorio=" + dados));
        todos.addAll(List.of(argumentos));
        contexto = new SpringApplicationBuilder(LicenciamentoApplication.class, UsuarioDosTestes.class)
                .run(todos.toArray(String[]::new));
    }

    ClienteHttp api() {
        return new ClienteHttp(contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }

    UsuarioDeTeste usuario() {
        return contexto.getBean(UsuarioDeTeste.class);
    }

    <T> T bean(Class<T> tipo) {
        return contexto.getBean(tipo);
    }

    @Override
    public void close() {
        contexto.close();
    }
}
