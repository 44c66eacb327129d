package br.licenciamento.platform;

import br.licenciamento.platform.auditoria.AuditoriaConfiguration;
import br.licenciamento.platform.axon.AxonPostgresConfiguration;
import br.licenciamento.platform.axon.CachesDoAxonConfiguration;
import br.licenciamento.platform.axon.FalhasDeComando;
import br.licenciamento.platform.consistencia.ConfiguracaoDaLeitura;
import br.licenciamento.platform.migracao.EsquemaDoModulo;
import br.licenciamento.platform.migracao.MigracoesDeEsquema;
import br.licenciamento.platform.ops.OpsConfiguration;
import br.licenciamento.platform.projecao.ProjecaoConfiguration;
import br.licenciamento.platform.relogio.RelogioConfiguration;
import br.licenciamento.platform.seguranca.GuardasDosModulos;
import br.licenciamento.platform.seguranca.SegurancaConfiguration;
import br.licenciamento.platform.web.ErroForaDoMvc;
import br.licenciamento.platform.web.ErrosDoTomcat;
import br.licenciamento.platform.web.FormatosDeResposta;
import br.licenciamento.platform.web.PaginaInicial;
import br.licenciamento.platform.web.TratamentoDeErros;
import br.licenciamento.platform.web.TextosDosModulos;
import br.licenciamento.platform.web.openapi.DocumentacaoDaApi;
import br.licenciamento.platform.web.openapi.TextosDaApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.time.Clock;
import javax.sql.DataSource;

/**
 * The technical wiring every runnable shares. It runs after the DataSource and before Axon's
 * auto-configuration, so Axon builds its JDBC stores on the schemas and serializer declared here.
 */
@AutoConfiguration(afterName = {
        // Axon's JdbcAutoConfiguration needs the DataSource but does not order itself after it on Boot 4;
        // sitting between the two orders them.
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"},
        beforeName = {
        "org.axonframework.springboot.autoconfig.AxonAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JdbcAutoConfiguration",
        "org.axonframework.springboot.autoconfig.JpaAutoConfiguration",
        "org.axonframework.springboot.autoconfig.ObjectMapperAutoConfiguration",
        "org.axonframework.springboot.autoconfig.XStreamAutoConfiguration",
        "org.axonframework.springboot.autoconfig.InterceptorAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        // The platform's filter chain, JWT decoder and user replace Spring Boot's security defaults.
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration"})
// SegurancaConfiguration first: its UsuarioAtual replaces the anonymous default of AuditoriaConfiguration.
@Import({SegurancaConfiguration.class, GuardasDosModulos.class, RelogioConfiguration.class, AxonPostgresConfiguration.class, CachesDoAxonConfiguration.class,
        AuditoriaConfiguration.class,
        TratamentoDeErros.class, ErroForaDoMvc.class, PaginaInicial.class, FormatosDeResposta.class, ConfiguracaoDaLeitura.class, OpsConfiguration.class,
        ProjecaoConfiguration.class, TextosDosModulos.class})
public class PlatformAutoConfiguration {

    /**
     * Axon registers it on the command bus, so refusals carry their reason across services. First in order,
     * so it is the outermost interceptor and also sees refusals raised by other interceptors.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    MessageHandlerInterceptor<CommandMessage<?>> falhasDeComando() {
        return new FalhasDeComando();
    }

    @Bean
    EsquemaDoModulo esquemaAxon() {
        return new EsquemaDoModulo("axon", 0);
    }

    @Bean
    MigracoesDeEsquema migracoesDeEsquema(DataSource dataSource, ObjectProvider<EsquemaDoModulo> esquemas) {
        return new MigracoesDeEsquema(dataSource, esquemas.orderedStream().toList());
    }

    /** Tomcat's own refusals (bad URL, headers too large) answer problem+json like every other error. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.valves.ErrorReportValve")
    ErrosDoTomcat errosDoTomcat() {
        return new ErrosDoTomcat();
    }

    /** Deadlines are computed from this clock, so tests can move time (and a homologation environment, relogio/). */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "licenciamento.relogio.homologacao", havingValue = "false", matchIfMissing = true)
    Clock relogio() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI openApi() {
        return new OpenAPI().info(new Info()
                .title("Licenciamento ambiental")
                .version("v1")
                .description("APIs de comandos e consultas do licenciamento ambiental: processos, pessoas, licenças, "
                        + "notificações e operação. Todo erro é application/problem+json (RFC 9457, esquema Problema). "
                        + "Um método que o endereço não tem responde 405 com o cabeçalho Allow; atrás do gateway, "
                        + "requisições demais de um cliente respondem 429 com Retry-After."));
    }

    /** Texts, examples, errors and headers of the published document, from the modules' openapi/*.properties. */
    @Bean
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    DocumentacaoDaApi documentacaoDaApi(ObjectProvider<Clock> relogio) {
        return new DocumentacaoDaApi(TextosDaApi.carregar(PlatformAutoConfiguration.class.getClassLoader()),
                relogio::getObject);
    }
}
