package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The registry and the issuing policy run in the publishing transaction, and a failure there undoes it. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeLicencas {

    @Bean
    ConfigurerModule processadoresDeLicencas() {
        return NaTransacaoDoComando.grupos(LicencasAnterioresProjection.GRUPO, EmissaoDeLicencas.GRUPO);
    }
}
