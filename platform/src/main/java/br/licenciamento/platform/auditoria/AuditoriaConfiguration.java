package br.licenciamento.platform.auditoria;

import br.licenciamento.api.comum.ChavesDeMetadados;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
public class AuditoriaConfiguration {

    /** Anonymous until the security module provides the signed-in user. */
    @Bean
    @ConditionalOnMissingBean
    UsuarioAtual usuarioAtual() {
        return new UsuarioAtual() {
            @Override
            public String sujeito() {
                return ChavesDeMetadados.USUARIO_ANONIMO;
            }

            @Override
            public List<String> papeis() {
                return List.of();
            }
        };
    }

    @Bean
    CorrelationDataProvider cadeiaDeCausalidade() {
        return new CadeiaDeCausalidade();
    }

    @Bean
    ContextoDeLog.FiltroHttp contextoDeLogHttp(UsuarioAtual usuarioAtual) {
        return new ContextoDeLog.FiltroHttp(usuarioAtual);
    }

    /** Axon registers it on the command and query buses and on every event processor. */
    @Bean
    MessageHandlerInterceptor<Message<?>> contextoDeLogDeMensagens() {
        return new ContextoDeLog.InterceptadorDeMensagens();
    }

    /** Axon registers it on the command, query and event gateways. */
    @Bean
    MessageDispatchInterceptor<Message<?>> metadadosDaRequisicao(UsuarioAtual usuarioAtual) {
        return new MetadadosDaRequisicao<>(usuarioAtual);
    }
}
