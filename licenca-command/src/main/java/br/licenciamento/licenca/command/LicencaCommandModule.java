package br.licenciamento.licenca.command;

import br.licenciamento.licenca.command.migracao.ComentarioDaV2Corrigido;
import br.licenciamento.platform.axon.ComandosNaTransacao;
import br.licenciamento.platform.migracao.EsquemaDoModulo;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

import java.util.List;
import java.util.Optional;

/** The licensing write side: aggregates, command REST API, and its PostgreSQL schema. */
@Configuration(proxyBeanMethods = false)
// Each feature's settings (Parametros*, licenciamento.<area>.*) sit beside the code that reads them.
@ConfigurationPropertiesScan
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
public class LicencaCommandModule {

    /** Commands sent from inside another command's transaction (licences on a grant, the documents' checklist). */
    @Bean
    ComandosNaTransacao comandosNaTransacao(@Qualifier("localSegment") CommandBus barramentoLocal,
            Optional<List<MessageDispatchInterceptor<? super CommandMessage<?>>>> interceptadores) {
        return new ComandosNaTransacao(barramentoLocal, interceptadores.orElse(List.of()));
    }

    @Bean
    EsquemaDoModulo esquemaLicencaCommand() {
        return new EsquemaDoModulo("licenca_command", 10, List.of(ComentarioDaV2Corrigido.INSTANCIA));
    }
}
