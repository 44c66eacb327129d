package br.licenciamento.auth.servico;

import br.licenciamento.auth.AuthModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Service mode: auth as its own JVM behind Axon Server. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(AuthModule.class)
public class AuthApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(AuthApplication.class)
                .properties("spring.config.name=auth")
                .run(args);
    }
}
