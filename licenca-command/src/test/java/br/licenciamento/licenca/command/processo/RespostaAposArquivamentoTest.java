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

/** After the complementation saga archived the request, a late answer is refused and nothing changes. */
class RespostaAposArquivamentoTest {

    private static final String ID = "processo-1";
    private static final LocalDate PEDIDA = LocalDate.of(2026, 3, 10);

    private AggregateTestFixture<ProcessoLicenciamento> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
        fixture.registerInjectableResource(new RelogioDeTeste(Instant.parse("2026-07-20T13:00:00Z")));
        fixture.registerInjectableResource(new CatalogoPadrao());
        fixture.registerInjectableResource((NumeracaoDeProtocolo) agora -> "2026/000001");
        fixture.registerInjectableResource((LicencasAnteriores) id -> Optional.empty());
        fixture.registerInjectableResource(new DocumentosEmMemoria(null));
    }

    @Test
    void respostaDepoisDoArquivamentoPorPrazo_recusada() {
        recusa(fixture.given(arquivadoPorPrazo())
                .when(new AtenderComplementacao(ID, null, List.of("doc-1"), "Segue o estudo")), "etapa-fora-de-ordem");
    }

    @Test
    void arquivamentoRepetidoPeloTimer_recusado() {
        recusa(fixture.given(arquivadoPorPrazo()).when(new ArquivarPorPrazoExpirado(ID)), "etapa-fora-de-ordem");
    }

    private static Object[] arquivadoPorPrazo() {
        return new Object[]{
                new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "emp-1", "Ceramica", "2342-7/02", "3106200",
                        new Localizacao(-19.92, -43.94), TipoLicenca.LP, null, RegimeJuridico.LEI_15190,
                        Instant.parse("2026-03-02T13:00:00Z"), 1),
                new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                        List.of(EstudoAmbiental.RCA_PCA), List.of(), LocalDate.of(2026, 9, 2)),
                new GuiaDeTaxaEmitida(ID, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, PEDIDA),
                new PagamentoConfirmado(ID, "guia-1", PEDIDA),
                new ProcessoAdmitido(ID, PEDIDA),
                new ComplementacaoSolicitada(ID, "c-1", List.of("Estudo"), null, PEDIDA, PEDIDA.plusMonths(4)),
                new ProcessoArquivado(ID, MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
                        "Complementação não atendida até 10/07/2026.", LocalDate.of(2026, 7, 11), true)};
    }
}
