package br.licenciamento.platform.seguranca;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts every module's {@link GuardaDeRecursos} in front of its controllers. */
@Configuration(proxyBeanMethods = false)
public class GuardasDosModulos implements WebMvcConfigurer {

    private final ObjectProvider<GuardaDeRecursos> guardas;

    GuardasDosModulos(ObjectProvider<GuardaDeRecursos> guardas) {
        this.guardas = guardas;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registro) {
        guardas.orderedStream().forEach(registro::addInterceptor);
    }
}
