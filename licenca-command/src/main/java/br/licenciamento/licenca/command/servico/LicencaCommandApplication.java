package br.licenciamento.licenca.command.servico;

import br.licenciamento.licenca.command.LicencaCommandModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Service mode: the licensing write side as its own JVM behind Axon Server. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LicencaCommandModule.class)
public class LicencaCommandApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(LicencaCommandApplication.class)
                .properties("spring.config.name=licenca-command")
                .run(args);
    }
}
