package br.licenciamento.app;

import br.licenciamento.auth.servico.AuthApplication;
import br.licenciamento.licenca.command.servico.LicencaCommandApplication;
import br.licenciamento.licenca.query.servico.LicencaQueryApplication;
import br.licenciamento.notificacao.servico.NotificacaoSagaApplication;
import br.licenciamento.pessoa.servico.PessoaApplication;
import br.licenciamento.platform.teste.ClienteHttp;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each service's own main class assembles with only its module: no bean silently depends on another
 * service's code. Axon Server cannot run here, so the services run on the local buses and the embedded
 * PostgreSQL; everything else is their service-mode configuration.
 */
class ServicosIsoladosTest {

    private static final Map<String, Class<?>> SERVICOS = Map.of(
            "licenca-command", LicencaCommandApplication.class,
            "licenca-query", LicencaQueryApplication.class,
            "pessoa", PessoaApplication.class,
            "auth", AuthApplication.class,
            "notificacao-saga", NotificacaoSagaApplication.class);

    @TempDir
    Path dados;

    @ParameterizedTest
    @ValueSource(strings = {"licenca-command", "licenca-query", "pessoa", "auth", "notificacao-saga"})
    void servicoSobeSozinhoComSuaPropriaConfiguracao(String servico) {
        try (ConfigurableApplicationContext contexto = iniciar(servico, "--axon.axonserver.enabled=false")) {
            assertThat(contexto.getEnvironment().getProperty("spring.application.name")).isEqualTo(servico);
            ClienteHttp api = new ClienteHttp(contexto.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            ClienteHttp.Resposta saude = api.get("/actuator/health");
            assertThat(saude.json().get("status").asString()).as(saude.corpo()).isEqualTo("UP");
        }
    }

    /**
     * The embedded mode replaces Axon's event store with its own ({@code LojaDeEventosEmbutida}); with Axon Server
     * switched on, the events must still go to Axon Server, not to the service's PostgreSQL. No Axon Server runs here:
     * the address points nowhere and only the assembly is checked (the connector connects lazily).
     */
    @Test
    void comAxonServerOsEventosVaoParaOAxonServerENaoParaOPostgres() {
        try (ConfigurableApplicationContext contexto = iniciar("licenca-command", "--axon.axonserver.servers=localhost:1")) {
            assertThat(contexto.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(contexto.getBeanNamesForType(EventStorageEngine.class)).isEmpty();
        }
    }

    /** A service must be told the public URL users sign in at: a default issuer would accept nobody's tokens. */
    @Test
    void servicoSemEmissorDeTokensNaoSobeEDizOQueFalta() {
        assertThatThrownBy(() -> iniciar("licenca-query", "--axon.axonserver.enabled=false", "--licenciamento.seguranca.emissor="))
                .hasStackTraceContaining("Defina LICENCIAMENTO_SEGURANCA_EMISSOR");
    }

    /** The service's own main and configuration on the embedded PostgreSQL (and MongoDB where it holds read models). */
    private ConfigurableApplicationContext iniciar(String servico, String axon) {
        return iniciar(servico, axon, "--licenciamento.seguranca.emissor=http://127.0.0.1:8084");
    }

    private ConfigurableApplicationContext iniciar(String servico, String axon, String emissor) {
        return new SpringApplicationBuilder(SERVICOS.get(servico))
                .properties("spring.config.name=" + servico)
                .run("--server.port=0",
                        axon,
                        emissor,
                        "--spring.datasource.url=",
                        "--spring.mongodb.uri=",
                        "--licenciamento.embutido.habilitado=true",
                        "--licenciamento.embutido.diretorio=" + dados);
    }
}
