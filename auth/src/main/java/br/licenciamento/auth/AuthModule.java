package br.licenciamento.auth;

import br.licenciamento.platform.migracao.EsquemaDoModulo;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** OAuth2 authorization server, users, roles and clients, in the {@code auth} PostgreSQL schema. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ParametrosDoAuth.class)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
public class AuthModule {

    @Bean
    EsquemaDoModulo esquemaAuth() {
        return new EsquemaDoModulo("auth", 40);
    }
}
