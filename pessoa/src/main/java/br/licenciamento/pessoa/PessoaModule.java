package br.licenciamento.pessoa;

import br.licenciamento.pessoa.consulta.SituacaoCadastralProjection;
import br.licenciamento.pessoa.representacao.Representacoes;
import br.licenciamento.platform.migracao.EsquemaDoModulo;
import br.licenciamento.platform.axon.NaTransacaoDoComando;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/** People: natural and legal persons, representatives, LGPD; its read model and REST API. */
@Configuration(proxyBeanMethods = false)
// Each feature's settings (Parametros*, licenciamento.<area>.*) sit beside the code that reads them.
@ConfigurationPropertiesScan
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootConfiguration.class))
public class PessoaModule {

    @Bean
    EsquemaDoModulo esquemaPessoa() {
        return new EsquemaDoModulo("pessoa", 30);
    }

    /**
     * The status and representation tables are written in the registering command's own transaction, so other
     * contexts asking whether a person exists and is active, or who acts for whom, get the answer right after it. Subscribing
     * processors cannot replay: to rebuild the table, start once with
     * {@code licenciamento.pessoa.situacao-sincrona=false} (a tracking processor) and reset it.
     */
    @Bean
    @ConditionalOnProperty(name = "licenciamento.pessoa.situacao-sincrona", havingValue = "true", matchIfMissing = true)
    ConfigurerModule situacaoNaTransacaoDoCadastro() {
        return NaTransacaoDoComando.grupos(SituacaoCadastralProjection.GRUPO, Representacoes.GRUPO);
    }
}
