package br.licenciamento.notificacao.analise;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.*;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.NotificadorEmMemoria;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrazoDeAnaliseSagaTest {

    private static final String ID = "processo-1";
    private static final Instant PROTOCOLO = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate DIA_DO_PROTOCOLO = LocalDate.of(2026, 3, 2);
    /** Six months; 80% of its 184 days falls on day 148 (2026-07-28). */
    private static final LocalDate PRAZO = DIA_DO_PROTOCOLO.plusMonths(6);
    private static final LocalDate OITENTA_POR_CENTO = LocalDate.of(2026, 7, 28);

    private SagaTestFixture<PrazoDeAnaliseSaga> fixture;
    private NotificadorEmMemoria notificador;

    @BeforeEach
    void preparar() {
        fixture = new SagaTestFixture<>(PrazoDeAnaliseSaga.class);
        notificador = new NotificadorEmMemoria();
        fixture.registerResource(notificador);
    }

    @Test
    void enquadramento_agendaOAlertaDe80PorCentoEOFimDoPrazo() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .whenPublishingA(enquadrado(PRAZO))
                .expectScheduledDeadlineWithName(DiasLegais.inicioDoDia(OITENTA_POR_CENTO), PrazoDeAnaliseSaga.ALERTA)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(PRAZO), PrazoDeAnaliseSaga.EXCEDIDO)
                .expectNoDispatchedCommands();
    }

    @Test
    void oitentaPorCento_avisaAnalistasEGestoresSemComando() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .whenTimeAdvancesTo(DiasLegais.inicioDoDia(OITENTA_POR_CENTO).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(PrazoDeAnaliseSaga.ALERTA)
                .expectNoDispatchedCommands();
        List<Notificacao> alertas = notificador.doTipo("PRAZO_DE_ANALISE_80");
        assertThat(alertas).extracting(Notificacao::destinatario)
                .containsExactly(Destinatario.papel("ANALISTA"), Destinatario.papel("GESTOR"));
        assertThat(alertas.get(0).texto()).contains("2026/000001", "80%", "até 02/09/2026", "não há aprovação tácita");
    }

    @Test
    void prazoVencido_sinalizaOAtrasoENuncaDefere() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(PRAZO).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(PrazoDeAnaliseSaga.ALERTA, PrazoDeAnaliseSaga.EXCEDIDO)
                .expectDispatchedCommands(new SinalizarPrazoDeAnaliseExcedido(ID));
    }

    @Test
    void oitentaPorCento_avisaOAnalistaAtribuidoEOsGestores() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .andThenAPublished(new AnalistaAtribuido(ID, "ana", null, PROTOCOLO))
                .whenTimeAdvancesTo(DiasLegais.inicioDoDia(OITENTA_POR_CENTO).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(PrazoDeAnaliseSaga.ALERTA);
        assertThat(notificador.doTipo("PRAZO_DE_ANALISE_80")).extracting(Notificacao::destinatario)
                .containsExactly(Destinatario.usuario("ana"), Destinatario.papel("GESTOR"));
    }

    @Test
    void prazoVencido_oAtrasoESinalizadoPelaPlataformaEmNomeDaSaga() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(PRAZO).plusSeconds(1))
                .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(new CustomMatcher<CommandMessage<?>>(
                        "SinalizarPrazoDeAnaliseExcedido enviado pela plataforma") {
                    @Override
                    public boolean matches(Object item) {
                        CommandMessage<?> comando = (CommandMessage<?>) item;
                        return comando.getPayload().equals(new SinalizarPrazoDeAnaliseExcedido(ID))
                                && "sistema:PrazoDeAnaliseSaga".equals(comando.getMetaData().get(ChavesDeMetadados.USUARIO))
                                && "SISTEMA".equals(comando.getMetaData().get(ChavesDeMetadados.PAPEIS));
                    }
                }));
    }

    @Test
    void atrasoRegistrado_avisaOAnalistaAtribuidoOsGestoresEORequerente() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .andThenAPublished(new AnalistaAtribuido(ID, "ana", null, PROTOCOLO))
                .andThenAPublished(new AnalistaAtribuido(ID, "bruno", "ana", PROTOCOLO))
                .whenPublishingA(new PrazoDeAnaliseExcedido(ID, PRAZO, PRAZO.plusDays(1)));
        assertThat(notificador.doTipo("PRAZO_DE_ANALISE_EXCEDIDO")).extracting(Notificacao::destinatario)
                .containsExactly(Destinatario.usuario("bruno"), Destinatario.papel("GESTOR"), Destinatario.pessoa("pessoa-1"));
    }

    @Test
    void atrasoRegistrado_avisaOrgaoERequerente() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .whenPublishingA(new PrazoDeAnaliseExcedido(ID, PRAZO, PRAZO.plusDays(1)))
                .expectNoDispatchedCommands();
        assertThat(notificador.doTipo("PRAZO_DE_ANALISE_EXCEDIDO")).extracting(Notificacao::destinatario)
                .containsExactly(Destinatario.papel("ANALISTA"), Destinatario.papel("GESTOR"), Destinatario.pessoa("pessoa-1"));
        assertThat(notificador.doTipo("PRAZO_DE_ANALISE_EXCEDIDO").get(2).texto())
                .contains("02/09/2026", "Não há aprovação tácita", "outro ente");
    }

    @Test
    void complementacao_pausaORelogioEARespostaORetomaComOsDiasSuspensos() {
        LocalDate pedida = LocalDate.of(2026, 5, 4);
        LocalDate atendida = pedida.plusDays(40);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .andThenAPublished(new ComplementacaoSolicitada(ID, "c-1", List.of("Estudo"), null, pedida, pedida.plusMonths(4)))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(PRAZO).plusSeconds(1))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();

        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .andThenAPublished(new ComplementacaoSolicitada(ID, "c-1", List.of("Estudo"), null, pedida, pedida.plusMonths(4)))
                .whenPublishingA(new ComplementacaoAtendida(ID, "c-1", List.of("doc-1"), null, atendida, 40, PRAZO.plusDays(40)))
                .expectScheduledDeadlineWithName(DiasLegais.inicioDoDia(OITENTA_POR_CENTO.plusDays(40)), PrazoDeAnaliseSaga.ALERTA)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(PRAZO.plusDays(40)), PrazoDeAnaliseSaga.EXCEDIDO)
                .expectNoScheduledDeadlineWithName(DiasLegais.fimDoDia(PRAZO), PrazoDeAnaliseSaga.EXCEDIDO);
    }

    @Test
    void naoAdmissao_reiniciaORelogio() {
        LocalDate reinicio = LocalDate.of(2026, 3, 20);
        LocalDate novoPrazo = reinicio.plusMonths(6);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .whenPublishingA(new ProcessoNaoAdmitido(ID, "Estudo fora do TR", reinicio, novoPrazo))
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(novoPrazo), PrazoDeAnaliseSaga.EXCEDIDO)
                .expectNoScheduledDeadlineWithName(DiasLegais.fimDoDia(PRAZO), PrazoDeAnaliseSaga.EXCEDIDO);
    }

    @Test
    void lac_semAnalisePrevia_semRelogio() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .whenPublishingA(enquadrado(null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void decisao_encerraOsPrazos() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .whenPublishingA(new ProcessoArquivado(ID, MotivoDeArquivamento.DESISTENCIA, "Desistiu", DIA_DO_PROTOCOLO, false))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void recursoProvido_retomaORelogioDaAnalise() throws Exception {
        LocalDate indeferidoEm = LocalDate.of(2026, 6, 1);
        LocalDate recursoAte = indeferidoEm.plusDays(10);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .andThenAPublished(new ProcessoIndeferido(ID, "Inviavel", indeferidoEm, recursoAte))
                .andThenAPublished(new RecursoInterposto(ID, "r-1", "Erro de fato", indeferidoEm.plusDays(3), indeferidoEm.plusDays(33)))
                .whenPublishingA(new RecursoJulgado(ID, "r-1", true, "Provido", indeferidoEm.plusDays(20), SituacaoProcesso.EM_ANALISE))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(PRAZO), PrazoDeAnaliseSaga.EXCEDIDO)
                .expectNoScheduledDeadlineWithName(DiasLegais.fimDoDia(recursoAte), PrazoDeAnaliseSaga.FIM_DO_RECURSO);
    }

    @Test
    void indeferidoSemRecursoNoPrazo_encerraSemSinalizarAtraso() throws Exception {
        LocalDate indeferidoEm = LocalDate.of(2026, 6, 1);
        LocalDate recursoAte = indeferidoEm.plusDays(10);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(enquadrado(PRAZO))
                .andThenAPublished(new ProcessoIndeferido(ID, "Inviavel", indeferidoEm, recursoAte))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(recursoAte).plusSeconds(1))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    private static ProcessoProtocolado protocolado() {
        return new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "emp-1", "Ceramica Vale Verde", "2342-7/02",
                "3106200", new Localizacao(-19.92, -43.94), TipoLicenca.LP, null, RegimeJuridico.LEI_15190, PROTOCOLO, 1);
    }

    @Test
    void lei15190_oRelogioComecaNoDiaDoUltimoDocumentoExigido() {
        LocalDate entrega = DIA_DO_PROTOCOLO.plusDays(20);
        ProcessoEnquadrado semPrazo = new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4,
                ModalidadeDeLicenciamento.TRIFASICO, List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), null);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(semPrazo)
                .whenPublishingA(new DocumentacaoEntregue(ID, entrega, entrega.plusMonths(6)))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(entrega.plusMonths(6)), PrazoDeAnaliseSaga.EXCEDIDO);
    }

    private static ProcessoEnquadrado enquadrado(LocalDate prazo) {
        return new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4,
                prazo == null ? ModalidadeDeLicenciamento.LAC : ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of(), prazo);
    }
}
