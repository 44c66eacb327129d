package br.licenciamento.notificacao;

import br.licenciamento.platform.migracao.EsquemaDoModulo;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** Sagas for legal deadlines, fees, validity and conditions; notification delivery. */
@Configuration(proxyBeanMethods = false)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
@EnableConfigurationProperties(ParametrosDasSagas.class)
public class NotificacaoSagaModule {

    @Bean
    EsquemaDoModulo esquemaNotificacao() {
        return new EsquemaDoModulo("notificacao", 50);
    }
}
