package br.licenciamento.notificacao.taxa;

import br.licenciamento.api.processo.*;
import br.licenciamento.notificacao.ParametrosDasSagas;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.NotificadorEmMemoria;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TaxaSagaTest {

    private static final String ID = "processo-1";
    private static final Instant PROTOCOLO = Instant.parse("2026-03-02T13:00:00Z");
    private static final Instant EMISSAO = PROTOCOLO.plus(Duration.ofDays(1));

    private SagaTestFixture<TaxaSaga> fixture;
    private NotificadorEmMemoria notificador;
    private ParametrosDasSagas parametros;

    @BeforeEach
    void preparar() {
        fixture = new SagaTestFixture<>(TaxaSaga.class);
        notificador = new NotificadorEmMemoria();
        parametros = new ParametrosDasSagas();
        fixture.registerResource(notificador);
        fixture.registerResource(parametros);
    }

    @Test
    void classificacao_emiteAGuiaPorPadrao() throws Exception {
        parametros.getTaxa().setValor(new BigDecimal("750.00"));
        String guia = "guia-" + UUID.nameUUIDFromBytes((ID + "|enquadramento").getBytes());
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .whenPublishingA(enquadrado())
                .expectDispatchedCommands(new EmitirGuiaDeTaxa(ID, null, guia, new BigDecimal("750.00"), MeioDePagamento.PIX,
                        LocalDate.of(2026, 4, 1)));
    }

    @Test
    void classificacao_comEmissaoAutomaticaDesligadaNaoEmite() throws Exception {
        parametros.getTaxa().setEmissaoNaClassificacao(false);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .whenPublishingA(enquadrado())
                .expectNoDispatchedCommands();
    }

    @Test
    void guiaEmitida_avisaORequerenteEAgendaOPrazoDePagamento() throws Exception {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenTimeElapses(Duration.ofDays(1))
                .whenPublishingA(guia())
                .expectScheduledDeadlineWithName(EMISSAO.plus(Duration.ofDays(30)), TaxaSaga.PAGAMENTO);
        Notificacao aviso = notificador.doTipo("GUIA_EMITIDA").get(0);
        assertThat(aviso.destinatario()).isEqualTo(Destinatario.pessoa("pessoa-1"));
        assertThat(aviso.texto()).contains("guia-1", "R$ 1.250,00", "até 02/04/2026", "cancelado");
    }

    @Test
    void semPagamentoNoPrazo_cancelaOPedidoEAvisa() throws Exception {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenTimeElapses(Duration.ofDays(1))
                .andThenAPublished(guia())
                .whenTimeElapses(Duration.ofDays(30).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(TaxaSaga.PAGAMENTO)
                .expectDispatchedCommands(new CancelarPorFaltaDePagamento(ID, "guia-1"));

        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(guia())
                .whenPublishingA(new ProcessoArquivado(ID, MotivoDeArquivamento.TAXA_NAO_PAGA, "Guia guia-1 não paga no prazo.",
                        LocalDate.of(2026, 4, 2), true))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(notificador.doTipo("CANCELADO_SEM_PAGAMENTO").get(0).texto()).contains("guia-1", "cancelado", "novo pedido");
    }

    @Test
    void pagamentoConfirmado_liberaAAnaliseSemCancelar() throws Exception {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(guia())
                .andThenAPublished(new PagamentoConfirmado(ID, "guia-1", LocalDate.of(2026, 3, 10)))
                .whenTimeElapses(Duration.ofDays(60))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    private static ProcessoProtocolado protocolado() {
        return new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "emp-1", "Ceramica Vale Verde", "2342-7/02",
                "3106200", new Localizacao(-19.92, -43.94), TipoLicenca.LP, null, RegimeJuridico.LEI_15190, PROTOCOLO, 1);
    }

    private static ProcessoEnquadrado enquadrado() {
        return new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of(), LocalDate.of(2026, 9, 2));
    }

    private static GuiaDeTaxaEmitida guia() {
        return new GuiaDeTaxaEmitida(ID, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, LocalDate.of(2026, 3, 20));
    }
}
