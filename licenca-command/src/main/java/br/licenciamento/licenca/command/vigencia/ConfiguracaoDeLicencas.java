package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.platform.axon.CachesDoAxonConfiguration;
import br.licenciamento.platform.axon.NaTransacaoDoComando;
import br.licenciamento.platform.axon.ParametrosDosCaches;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The registry and the issuing policy run in the publishing transaction, and a failure there undoes it. */
@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeLicencas {

    @Bean
    ConfigurerModule processadoresDeLicencas() {
        return NaTransacaoDoComando.grupos(LicencasAnterioresProjection.GRUPO, EmissaoDeLicencas.GRUPO);
    }

    /** {@link Licenca} kept between commands where one process owns them (platform {@code CachesDoAxonConfiguration}). */
    @Bean
    Cache cacheDasLicencas(ParametrosDosCaches parametros, Environment ambiente) {
        return CachesDoAxonConfiguration.cacheDeAgregados(parametros, ambiente);
    }
}
