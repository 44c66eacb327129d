package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.catalogo.CatalogoPadrao;
import br.licenciamento.licenca.command.documento.DocumentosEmMemoria;
import br.licenciamento.licenca.command.vigencia.LicencasAnteriores;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static br.licenciamento.licenca.command.Recusas.recusa;

/** The fee saga's compensating command: an unpaid slip past the term cancels the request, and only then. */
class CancelamentoPorFaltaDePagamentoTest {

    private static final String ID = "processo-1";
    private static final LocalDate HOJE = LocalDate.of(2026, 3, 2);

    private AggregateTestFixture<ProcessoLicenciamento> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
        fixture.registerInjectableResource(new RelogioDeTeste(Instant.parse("2026-03-02T13:00:00Z")));
        fixture.registerInjectableResource(new CatalogoPadrao());
        fixture.registerInjectableResource((NumeracaoDeProtocolo) agora -> "2026/000001");
        fixture.registerInjectableResource((LicencasAnteriores) id -> Optional.empty());
        fixture.registerInjectableResource(new DocumentosEmMemoria(null));
    }

    @Test
    void guiaNaoPaga_cancelaOPedidoEExigeNovaTaxa() {
        fixture.given(protocolado(), enquadrado(), guia())
                .when(new CancelarPorFaltaDePagamento(ID, "guia-1"))
                .expectEvents(new ProcessoArquivado(ID, MotivoDeArquivamento.TAXA_NAO_PAGA, "Guia guia-1 não paga no prazo.",
                        HOJE, true));
    }

    @Test
    void guiaPaga_naoCancela() {
        recusa(fixture.given(protocolado(), enquadrado(), guia(), new PagamentoConfirmado(ID, "guia-1", HOJE))
                .when(new CancelarPorFaltaDePagamento(ID, "guia-1")), "etapa-fora-de-ordem");
    }

    @Test
    void guiaDesconhecida_naoCancela() {
        recusa(fixture.given(protocolado(), enquadrado(), guia())
                .when(new CancelarPorFaltaDePagamento(ID, "outra-guia")), "guia-inexistente");
    }

    private static ProcessoProtocolado protocolado() {
        return new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "emp-1", "Ceramica", "2342-7/02", "3106200",
                new Localizacao(-19.92, -43.94), TipoLicenca.LP, null, RegimeJuridico.LEI_15190,
                Instant.parse("2026-03-02T13:00:00Z"), 1);
    }

    private static ProcessoEnquadrado enquadrado() {
        return new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento"), HOJE.plusMonths(6));
    }

    private static GuiaDeTaxaEmitida guia() {
        return new GuiaDeTaxaEmitida(ID, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, HOJE.plusDays(10));
    }
}
