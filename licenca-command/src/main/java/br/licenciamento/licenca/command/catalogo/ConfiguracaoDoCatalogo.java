package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A published version is stored in the publishing transaction: the next filing already sees it. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoDoCatalogo {

    @Bean
    ConfigurerModule processadorDoCatalogo() {
        return NaTransacaoDoComando.grupos(CatalogoDeRegrasPostgres.GRUPO);
    }
}
