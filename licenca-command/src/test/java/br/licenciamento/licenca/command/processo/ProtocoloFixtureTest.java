package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Filing: the legal regime follows the filing date (Lei 15.190/2025 from 2026-02-04, Brasilia time). */
class ProtocoloFixtureTest {

    private AggregateTestFixture<ProcessoLicenciamento> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
    }

    @Test
    void pedidoProtocoladoAntesDaLei15190SegueOConama237() {
        Instant vespera = Instant.parse("2026-02-04T02:59:59Z"); // 23:59:59 of 3 Feb in Brasilia
        usarRelogio(vespera);

        fixture.givenNoPriorActivity()
                .when(protocolar("p-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(protocolado("p-1", "2026/000001", RegimeJuridico.CONAMA_237, vespera));
    }

    @Test
    void pedidoProtocoladoAPartirDeQuatroDeFevereiroSegueALei15190() {
        Instant inicio = Instant.parse("2026-02-04T03:00:00Z"); // 00:00 of 4 Feb in Brasilia
        usarRelogio(inicio);

        fixture.givenNoPriorActivity()
                .when(protocolar("p-2"))
                .expectEvents(protocolado("p-2", "2026/000001", RegimeJuridico.LEI_15190, inicio));
    }

    private void usarRelogio(Instant agora) {
        fixture.registerInjectableResource(Clock.fixed(agora, ZoneOffset.UTC));
        fixture.registerInjectableResource((NumeracaoDeProtocolo) protocolo -> "2026/000001");
    }

    private static ProtocolarProcesso protocolar(String id) {
        return new ProtocolarProcesso(id, "pessoa-1", "Ceramica Vale Verde", "2342-7/02", "3106200", TipoLicenca.LP);
    }

    private static ProcessoProtocolado protocolado(String id, String numero, RegimeJuridico regime, Instant em) {
        return new ProcessoProtocolado(id, numero, "pessoa-1", "Ceramica Vale Verde", "2342-7/02", "3106200",
                TipoLicenca.LP, regime, em);
    }
}
