package br.licenciamento.notificacao.servico;

import br.licenciamento.notificacao.NotificacaoSagaModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Service mode: notificacao-saga as its own JVM behind Axon Server. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(NotificacaoSagaModule.class)
public class NotificacaoSagaApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(NotificacaoSagaApplication.class)
                .properties("spring.config.name=notificacao-saga")
                .run(args);
    }
}
