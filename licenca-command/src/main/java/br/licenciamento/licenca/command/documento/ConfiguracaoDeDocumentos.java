package br.licenciamento.licenca.command.documento;

import br.licenciamento.platform.axon.CachesDoAxonConfiguration;
import br.licenciamento.platform.axon.NaTransacaoDoComando;
import br.licenciamento.platform.axon.ParametrosDosCaches;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ConfiguracaoDeDocumentos {

    /** A version is downloadable as soon as its upload is answered, and a failure to record it undoes the upload. */
    @Bean
    ConfigurerModule processadorDeVersoesDeDocumentos() {
        return NaTransacaoDoComando.grupos(VersoesDeDocumentos.GRUPO);
    }

    /** {@link Documento} kept between commands where one process owns them (platform {@code CachesDoAxonConfiguration}). */
    @Bean
    Cache cacheDosDocumentos(ParametrosDosCaches parametros, Environment ambiente) {
        return CachesDoAxonConfiguration.cacheDeAgregados(parametros, ambiente);
    }
}
