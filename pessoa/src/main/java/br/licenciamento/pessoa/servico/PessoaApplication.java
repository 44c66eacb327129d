package br.licenciamento.pessoa.servico;

import br.licenciamento.pessoa.PessoaModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** Service mode: pessoa as its own JVM behind Axon Server. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PessoaModule.class)
public class PessoaApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(PessoaApplication.class)
                .properties("spring.config.name=pessoa")
                .run(args);
    }
}
