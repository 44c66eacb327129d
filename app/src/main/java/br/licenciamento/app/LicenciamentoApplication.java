package br.licenciamento.app;

import br.licenciamento.auth.AuthModule;
import br.licenciamento.licenca.command.LicencaCommandModule;
import br.licenciamento.licenca.query.LicencaQueryModule;
import br.licenciamento.notificacao.NotificacaoSagaModule;
import br.licenciamento.pessoa.PessoaModule;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The whole platform in one process: every module on local buses, the PostgreSQL event store, and embedded
 * PostgreSQL and MongoDB-wire servers unless external ones are configured. The only place modules meet.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({LicencaCommandModule.class, LicencaQueryModule.class, PessoaModule.class, AuthModule.class,
        NotificacaoSagaModule.class})
public class LicenciamentoApplication {

    public static void main(String[] args) {
        SpringApplication.run(LicenciamentoApplication.class, args);
    }
}
