package br.licenciamento.licenca.command.acesso;

import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The access data is written in the publishing transaction, and a failure there undoes it. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeAcesso {

    @Bean
    ConfigurerModule processadorDeAcessos() {
        return NaTransacaoDoComando.grupos(AcessosProjection.GRUPO);
    }
}
