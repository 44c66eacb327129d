package br.licenciamento.licenca.query.servico;

import br.licenciamento.licenca.query.LicencaQueryModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Service mode: the licensing read side as its own JVM behind Axon Server. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LicencaQueryModule.class)
public class LicencaQueryApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(LicencaQueryApplication.class)
                .properties("spring.config.name=licenca-query")
                .run(args);
    }
}
