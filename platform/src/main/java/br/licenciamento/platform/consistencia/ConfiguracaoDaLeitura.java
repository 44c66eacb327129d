package br.licenciamento.platform.consistencia;

import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Read-your-writes ({@link PosicaoDeLeitura}): the position on command answers, the wait on reads that send it. */
@Configuration(proxyBeanMethods = false)
@Import(PosicaoDoComando.class)
@EnableConfigurationProperties(ParametrosDaLeitura.class)
public class ConfiguracaoDaLeitura implements WebMvcConfigurer {

    private final LeituraConsistente leitura;

    ConfiguracaoDaLeitura(ObjectProvider<EventProcessingConfiguration> processamento,
                          ParametrosDaLeitura parametros) {
        this.leitura = new LeituraConsistente(processamento, parametros.esperaMaxima());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registro) {
        // Before the modules' guards: an applicant's ownership is read from the same read models, so it waits first.
        registro.addInterceptor(leitura).addPathPatterns("/api/v1/**").order(Ordered.HIGHEST_PRECEDENCE);
    }
}
