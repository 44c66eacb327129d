package br.licenciamento.platform.relogio;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.platform.migracao.MigracoesDeEsquema;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The homologation clock (training and acceptance), off by default: with {@code licenciamento.relogio.homologacao=true}
 * the platform's {@link Clock} becomes a {@link RelogioDeHomologacao} that ADMIN moves forward through
 * {@code /api/v1/ops/relogio}. Everything that depends on time follows it: the aggregates' legal dates, Axon's message
 * timestamps and saga deadlines, the deadline scheduler, overdue flags and statistics. It cannot be switched on in the
 * production profile, nor in service mode (the services would each keep a clock of their own). Every event written
 * while the clock is moved carries the offset in its metadata, so simulated time is never mistaken for real time.
 */
@Configuration(proxyBeanMethods = false)
@Import(RelogioController.class)
public class RelogioConfiguration {

    static final String PROPRIEDADE = "licenciamento.relogio.homologacao";
    private static final Logger log = LoggerFactory.getLogger(RelogioConfiguration.class);

    @Bean(destroyMethod = "devolverOTempoAoAxon")
    @Primary
    @ConditionalOnProperty(name = PROPRIEDADE, havingValue = "true")
    RelogioDeHomologacao relogioDeHomologacao(DataSource dataSource, MigracoesDeEsquema esquemasMigrados, Environment ambiente) {
        if (ambiente.acceptsProfiles(Profiles.of("producao"))) {
            throw new IllegalStateException("O relógio de homologação não pode ser ligado no perfil de produção: "
                    + "desligue LICENCIAMENTO_RELOGIO_HOMOLOGACAO.");
        }
        if (ambiente.getProperty("axon.axonserver.enabled", Boolean.class, false)) {
            throw new IllegalStateException("O relógio de homologação só existe na plataforma em um processo: em modo de "
                    + "serviços cada serviço teria o seu relógio.");
        }
        RelogioDeHomologacao relogio = new RelogioDeHomologacao(JdbcClient.create(dataSource));
        // Axon stamps messages and schedules saga deadlines with its own static clock.
        GenericEventMessage.clock = relogio;
        log.warn("Relógio de homologação ligado: o tempo da plataforma está {} à frente do real. Nunca em produção.",
                relogio.deslocamento());
        return relogio;
    }

    /**
     * Events written while the clock is moved say so, with the offset (ISO-8601 duration): on the event bus itself, so
     * the events aggregates apply carry it too (they do not pass through a gateway).
     */
    @Bean
    @ConditionalOnProperty(name = PROPRIEDADE, havingValue = "true")
    SmartInitializingSingleton marcaDoRelogioDeslocado(EventBus eventos, RelogioDeHomologacao relogio) {
        return () -> eventos.registerDispatchInterceptor(mensagens -> {
            Duration deslocamento = relogio.deslocamento();
            return deslocamento.isZero() ? (i, m) -> m
                    : (i, m) -> m.andMetaData(Map.of(ChavesDeMetadados.RELOGIO_DESLOCADO, deslocamento.toString()));
        });
    }
}
