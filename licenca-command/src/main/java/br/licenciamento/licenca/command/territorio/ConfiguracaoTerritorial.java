package br.licenciamento.licenca.command.territorio;

import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which layer versions are published and where the processes are is written in the publishing transaction. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoTerritorial {

    @Bean
    ConfigurerModule processadorDeLocalizacoes() {
        return NaTransacaoDoComando.grupos(LocalizacoesDosProcessos.GRUPO);
    }
}
