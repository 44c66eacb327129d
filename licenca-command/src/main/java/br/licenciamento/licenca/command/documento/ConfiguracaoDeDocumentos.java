package br.licenciamento.licenca.command.documento;

import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeDocumentos {

    /** A version is downloadable as soon as its upload is answered, and a failure to record it undoes the upload. */
    @Bean
    ConfigurerModule processadorDeVersoesDeDocumentos() {
        return NaTransacaoDoComando.grupos(VersoesDeDocumentos.GRUPO);
    }
}
