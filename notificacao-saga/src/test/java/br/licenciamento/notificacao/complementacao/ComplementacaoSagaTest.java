package br.licenciamento.notificacao.complementacao;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.processo.*;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.NotificadorEmMemoria;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComplementacaoSagaTest {

    private static final String ID = "processo-1";
    private static final Instant PROTOCOLO = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate PEDIDA = LocalDate.of(2026, 5, 4);
    private static final LocalDate RESPOSTA_ATE = PEDIDA.plusMonths(4);

    private SagaTestFixture<ComplementacaoSaga> fixture;
    private NotificadorEmMemoria notificador;

    @BeforeEach
    void preparar() {
        fixture = new SagaTestFixture<>(ComplementacaoSaga.class);
        notificador = new NotificadorEmMemoria();
        fixture.registerResource(notificador);
    }

    @Test
    void pedidoDeComplementacao_avisaORequerenteEAgendaOFimDoPrazo() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .whenPublishingA(solicitada())
                .expectActiveSagas(1)
                .expectAssociationWith("processoId", ID)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(RESPOSTA_ATE), ComplementacaoSaga.PRAZO)
                .expectNoDispatchedCommands();
        Notificacao aviso = notificador.doTipo("COMPLEMENTACAO_SOLICITADA").get(0);
        assertThat(aviso.destinatario()).isEqualTo(Destinatario.pessoa("pessoa-1"));
        assertThat(aviso.texto()).contains("Processo 2026/000001 (Ceramica Vale Verde)", "Estudo de dispersao",
                "até 04/09/2026", "arquivado");
    }

    @Test
    void prazoEsgotadoSemResposta_arquivaOProcesso() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(solicitada())
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(RESPOSTA_ATE).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(ComplementacaoSaga.PRAZO)
                .expectDispatchedCommands(new ArquivarPorPrazoExpirado(ID));
    }

    @Test
    void noUltimoDiaAindaNaoArquiva() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(solicitada())
                .whenTimeAdvancesTo(DiasLegais.inicioDoDia(RESPOSTA_ATE).plus(Duration.ofHours(23)))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(RESPOSTA_ATE), ComplementacaoSaga.PRAZO);
    }

    @Test
    void arquivado_avisaORequerenteEEncerra() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(solicitada())
                .whenPublishingA(new ProcessoArquivado(ID, MotivoDeArquivamento.PRAZO_DE_COMPLEMENTACAO_EXPIRADO,
                        "Complementação não atendida", RESPOSTA_ATE.plusDays(1), true))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        Notificacao aviso = notificador.doTipo("ARQUIVADO_SEM_COMPLEMENTACAO").get(0);
        assertThat(aviso.destinatario()).isEqualTo(Destinatario.pessoa("pessoa-1"));
        assertThat(aviso.texto()).contains("arquivado", "04/09/2026", "nova taxa");
    }

    @Test
    void respostaNoPrazo_cancelaOArquivamento() {
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(solicitada())
                .andThenAPublished(new ComplementacaoAtendida(ID, "c-1", List.of("doc-1"), null, PEDIDA.plusDays(30), 30,
                        LocalDate.of(2026, 10, 2)))
                .whenTimeElapses(Duration.ofDays(400))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void prorrogacao_moveOFimDoPrazo() {
        LocalDate novoPrazo = RESPOSTA_ATE.plusDays(60);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(solicitada())
                .andThenAPublished(new PrazoDeComplementacaoProrrogado(ID, "c-1", "Estacao chuvosa", PEDIDA, novoPrazo))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(RESPOSTA_ATE).plusSeconds(1))
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(novoPrazo), ComplementacaoSaga.PRAZO);
    }

    @Test
    void indeferido_esperaOPrazoDeRecursoEEncerraSemRecurso() throws Exception {
        LocalDate recursoAte = PEDIDA.plusDays(10);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .whenPublishingA(new ProcessoIndeferido(ID, "Inviavel", PEDIDA, recursoAte))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(recursoAte), ComplementacaoSaga.FIM_DO_RECURSO);
    }

    @Test
    void indeferidoSemRecursoNoPrazo_encerra() throws Exception {
        LocalDate recursoAte = PEDIDA.plusDays(10);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(new ProcessoIndeferido(ID, "Inviavel", PEDIDA, recursoAte))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(recursoAte).plusSeconds(1))
                .expectActiveSagas(0)
                .expectNoDispatchedCommands();
    }

    @Test
    void recursoProvido_voltaAAnaliseEAcompanhaNovaComplementacao() throws Exception {
        LocalDate recursoAte = PEDIDA.plusDays(10);
        fixture.givenCurrentTime(PROTOCOLO)
                .andThenAPublished(protocolado())
                .andThenAPublished(new ProcessoIndeferido(ID, "Inviavel", PEDIDA, recursoAte))
                .andThenAPublished(new RecursoInterposto(ID, "r-1", "Erro de fato", PEDIDA.plusDays(5), PEDIDA.plusDays(35)))
                .andThenAPublished(new RecursoJulgado(ID, "r-1", true, "Provido", PEDIDA.plusDays(20), SituacaoProcesso.EM_ANALISE))
                .whenPublishingA(solicitada())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(RESPOSTA_ATE), ComplementacaoSaga.PRAZO)
                .expectNoScheduledDeadlineWithName(DiasLegais.fimDoDia(recursoAte), ComplementacaoSaga.FIM_DO_RECURSO);
    }

    static ProcessoProtocolado protocolado() {
        return new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "emp-1", "Ceramica Vale Verde", "2342-7/02",
                "3106200", new Localizacao(-19.92, -43.94), TipoLicenca.LP, null, RegimeJuridico.LEI_15190, PROTOCOLO, 1);
    }

    @Test
    void complementacaoImportadaJaVencida_arquivaDeUmaVezSemAvisarDoPassado() {
        Map<String, String> importacao = Map.of(ChavesDeMetadados.IMPORTACAO, "importacao-1");
        fixture.givenCurrentTime(DiasLegais.fimDoDia(RESPOSTA_ATE).plus(Duration.ofDays(30)))
                .andThenAPublished(protocolado(), importacao)
                .andThenAPublished(solicitada(), importacao)
                .whenTimeElapses(Duration.ofSeconds(1))
                .expectTriggeredDeadlinesWithName(ComplementacaoSaga.PRAZO)
                .expectDispatchedCommands(new ArquivarPorPrazoExpirado(ID));
        assertThat(notificador.doTipo("COMPLEMENTACAO_SOLICITADA")).isEmpty();
    }

    @Test
    void complementacaoImportadaEmCurso_aSagaAssumeOPrazoSemAvisarDoPassado() {
        Map<String, String> importacao = Map.of(ChavesDeMetadados.IMPORTACAO, "importacao-1");
        fixture.givenCurrentTime(PROTOCOLO.plus(Duration.ofDays(90)))
                .andThenAPublished(protocolado(), importacao)
                .whenPublishingA(solicitada(), importacao)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(RESPOSTA_ATE), ComplementacaoSaga.PRAZO)
                .expectNoDispatchedCommands();
        assertThat(notificador.doTipo("COMPLEMENTACAO_SOLICITADA")).isEmpty();
    }

    private static ComplementacaoSolicitada solicitada() {
        return new ComplementacaoSolicitada(ID, "c-1", List.of("Estudo de dispersao atmosferica"), null, PEDIDA, RESPOSTA_ATE);
    }
}
