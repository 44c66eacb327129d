package br.licenciamento.notificacao.prazo;

import br.licenciamento.notificacao.ParametrosDasSagas;
import br.licenciamento.platform.axon.Segmentacao;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

/**
 * The persistent deadline manager: a db-scheduler {@link Scheduler} on {@code notificacao.scheduled_tasks}. With this
 * bean present, Axon's {@code AxonDbSchedulerAutoConfiguration} builds a {@code DbSchedulerDeadlineManager} (and its
 * task) instead of the in-memory {@code SimpleDeadlineManager}, so saga deadlines survive restarts and fire on one
 * node of a cluster.
 */
@Configuration(proxyBeanMethods = false)
public class AgendadorDePrazosConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgendadorDePrazosConfiguration.class);

    /** Every saga of this module; they only react to live events (sagas cannot be replayed). */
    public static final List<String> GRUPOS_DE_SAGAS = List.of(
            "saga-prazo-de-analise", "saga-complementacao", "saga-taxa", "saga-validade-da-licenca",
            "saga-condicionantes");

    /**
     * The tasks are Axon's deadline and event-scheduling tasks plus the notification outbox; the connection is
     * transaction-aware, so a deadline scheduled by a saga commits or rolls back with the saga's own state.
     */
    @Bean(destroyMethod = "")
    Scheduler agendadorDePrazos(DataSource dataSource, ObjectProvider<Task<?>> tarefas, ParametrosDasSagas parametros,
                                Clock relogio) {
        List<Task<?>> todas = tarefas.orderedStream().toList();
        List<RecurringTask<?>> recorrentes = todas.stream()
                .filter(RecurringTask.class::isInstance).<RecurringTask<?>>map(t -> (RecurringTask<?>) t).toList();
        // Recurring tasks are registered by startTasks; listing them in create too would register them twice.
        List<Task<?>> avulsas = todas.stream().filter(t -> !(t instanceof RecurringTask<?>)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), avulsas)
                .tableName("notificacao.scheduled_tasks")
                .pollingInterval(parametros.getAgendador().getIntervaloDeConsulta())
                .threads(2)
                .startTasks(recorrentes)
                // The platform's clock: in a homologation environment, moving it makes due deadlines fire (once).
                .clock(relogio::instant)
                .build();
    }

    /**
     * Starts the scheduler last, once Axon's sagas can take deadlines, and pauses it first when the context stops.
     * A stopped db-scheduler cannot start again, while a Spring context may be stopped and restarted (the test
     * framework pauses cached contexts): so stop only pauses, and the scheduler is shut down when the context closes,
     * before the DataSource it depends on.
     */
    @Bean
    CicloDoAgendador ciclodoAgendadorDePrazos(Scheduler agendador) {
        return new CicloDoAgendador(agendador);
    }

    static final class CicloDoAgendador implements SmartLifecycle, DisposableBean {

        private final Scheduler agendador;
        private volatile boolean iniciado;
        private volatile boolean ativo;

        CicloDoAgendador(Scheduler agendador) {
            this.agendador = agendador;
        }

        @Override
        public synchronized void start() {
            if (!iniciado) {
                agendador.start();
                iniciado = true;
                log.info("Agendador de prazos persistente iniciado (db-scheduler em notificacao.scheduled_tasks)");
            } else {
                agendador.resume();
            }
            ativo = true;
        }

        @Override
        public synchronized void stop() {
            if (ativo) {
                agendador.pause();
                ativo = false;
            }
        }

        @Override
        public boolean isRunning() {
            return ativo;
        }

        @Override
        public int getPhase() {
            return Integer.MAX_VALUE - 100;
        }

        @Override
        public synchronized void destroy() {
            if (iniciado) {
                agendador.stop();
                iniciado = false;
            }
        }
    }

    /**
     * Saga processors start at the head of the event stream the first time they run: a new saga type must not
     * replay history and send commands or notifications for past events. They handle one event per transaction, unlike
     * the projections: a command a saga sends runs inside the saga's unit of work and transaction, so in a batch its
     * events stayed uncommitted until the whole batch committed (measured: command p99 at saturation 115–234 ms with
     * single events, 279–585 ms with batches of 1,000, and no CPU saved; bench/README.md, "Measured and not kept").
     */
    @Bean
    ConfigurerModule sagasAPartirDoTopo(Segmentacao segmentacao) {
        return configurer -> GRUPOS_DE_SAGAS.forEach(grupo -> configurer.eventProcessing()
                .registerTrackingEventProcessorConfiguration(grupo, c -> segmentacao.configuracao()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)));
    }
}
