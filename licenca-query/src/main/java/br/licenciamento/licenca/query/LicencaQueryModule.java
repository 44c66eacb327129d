package br.licenciamento.licenca.query;

import br.licenciamento.platform.migracao.EsquemaDoModulo;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** The licensing read side: projections in MongoDB and PostgreSQL, query handlers and the query REST API. */
@Configuration(proxyBeanMethods = false)
// Each feature's settings (Parametros*, licenciamento.<area>.*) sit beside the code that reads them.
@ConfigurationPropertiesScan
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
public class LicencaQueryModule {

    @Bean
    EsquemaDoModulo esquemaLicencaQuery() {
        return new EsquemaDoModulo("licenca_query", 20);
    }
}
