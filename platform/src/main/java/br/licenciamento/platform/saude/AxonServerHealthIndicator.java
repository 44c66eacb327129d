package br.licenciamento.platform.saude;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * Service mode: whether this service is connected to Axon Server, which stores its events and routes its commands and
 * queries. In the readiness group, so a load balancer stops sending requests a service cannot serve while Axon Server
 * is away, without restarting it (liveness stays UP; the connector reconnects by itself). Axon 4.13's own indicator is
 * built for Spring Boot 3 and does not appear on Boot 4.
 */
public class AxonServerHealthIndicator extends AbstractHealthIndicator {

    private final AxonServerConnectionManager conexoes;

    public AxonServerHealthIndicator(AxonServerConnectionManager conexoes) {
        super("Falha ao verificar a conexão com o Axon Server");
        this.conexoes = conexoes;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String contexto = conexoes.getDefaultContext();
        builder.status(conexoes.isConnected(contexto) ? Status.UP : Status.DOWN)
                .withDetail("contexto", contexto)
                .withDetail("conexoes", conexoes.connections());
    }
}
