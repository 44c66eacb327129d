package br.licenciamento.notificacao.validade;

import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.licenca.*;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.notificacao.ParametrosDasSagas;
import br.licenciamento.notificacao.entrega.Destinatario;
import br.licenciamento.notificacao.entrega.Notificacao;
import br.licenciamento.notificacao.entrega.NotificadorEmMemoria;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidadeDaLicencaSagaTest {

    private static final String ID = "licenca-1";
    private static final Instant EMISSAO = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate VALIDA_ATE = LocalDate.of(2031, 3, 2);

    private SagaTestFixture<ValidadeDaLicencaSaga> fixture;
    private NotificadorEmMemoria notificador;

    @BeforeEach
    void preparar() {
        fixture = new SagaTestFixture<>(ValidadeDaLicencaSaga.class);
        notificador = new NotificadorEmMemoria();
        fixture.registerResource(notificador);
        fixture.registerResource(new ParametrosDasSagas());
    }

    @Test
    void emissao_agendaLembretesA180E120DiasEOVencimento() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .whenPublishingA(emitida())
                .expectScheduledDeadline(DiasLegais.inicioDoDia(VALIDA_ATE.minusDays(180)), 180)
                .expectScheduledDeadline(DiasLegais.inicioDoDia(VALIDA_ATE.minusDays(120)), 120)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(VALIDA_ATE), ValidadeDaLicencaSaga.VENCIMENTO);
    }

    @Test
    void lembretes_avisamOTitularComOPrazoParaPedirARenovacao() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .whenTimeAdvancesTo(DiasLegais.inicioDoDia(VALIDA_ATE.minusDays(120)).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(ValidadeDaLicencaSaga.LEMBRETE, ValidadeDaLicencaSaga.LEMBRETE)
                .expectNoDispatchedCommands();
        List<Notificacao> lembretes = notificador.doTipo("LEMBRETE_DE_RENOVACAO");
        assertThat(lembretes).hasSize(2).allMatch(n -> n.destinatario().equals(Destinatario.pessoa("pessoa-1")));
        assertThat(lembretes.get(0).texto()).contains("LO-2026/000001-0", "vence em 02/03/2031", "até 02/11/2030");
    }

    @Test
    void vencimentoSemRenovacao_registraALicencaVencidaEAvisa() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(VALIDA_ATE).plusSeconds(1))
                .expectDispatchedCommands(new RegistrarVencimento(ID));

        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .whenPublishingA(new LicencaVencida(ID, VALIDA_ATE, VALIDA_ATE.plusDays(1)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        assertThat(notificador.doTipo("LICENCA_VENCIDA").get(0).texto()).contains("venceu em 02/03/2031");
    }

    @Test
    void renovacaoATempo_prorrogaESemVencimento() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .andThenAPublished(new RenovacaoSolicitada(ID, "Renovar", VALIDA_ATE.minusDays(150), 150, true))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(VALIDA_ATE).plusSeconds(1))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
        assertThat(notificador.doTipo("LICENCA_PRORROGADA").get(0).texto()).contains("segue válida até a decisão");
    }

    @Test
    void renovacaoTardia_naoProrrogaEVenceNaData() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .andThenAPublished(new RenovacaoSolicitada(ID, "Renovar", VALIDA_ATE.minusDays(30), 30, false))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(VALIDA_ATE).plusSeconds(1))
                .expectDispatchedCommands(new RegistrarVencimento(ID));
    }

    @Test
    void renovada_reagendaComANovaValidade() throws Exception {
        LocalDate novaValidade = LocalDate.of(2036, 3, 2);
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .andThenAPublished(new RenovacaoSolicitada(ID, "Renovar", VALIDA_ATE.minusDays(150), 150, true))
                .whenPublishingA(new LicencaRenovada(ID, VALIDA_ATE.minusDays(10), novaValidade, "ok"))
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(novaValidade), ValidadeDaLicencaSaga.VENCIMENTO)
                .expectNoScheduledDeadlineWithName(DiasLegais.fimDoDia(VALIDA_ATE), ValidadeDaLicencaSaga.VENCIMENTO);
    }

    @Test
    void renovacaoIndeferida_depoisDaProrrogacao_venceDeImediato() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida())
                .andThenAPublished(new RenovacaoSolicitada(ID, "Renovar", VALIDA_ATE.minusDays(150), 150, true))
                .andThenTimeAdvancesTo(DiasLegais.fimDoDia(VALIDA_ATE).plusSeconds(3600))
                .andThenAPublished(new RenovacaoIndeferida(ID, VALIDA_ATE.plusDays(1), "Estudos insuficientes"))
                .whenTimeElapses(java.time.Duration.ofSeconds(1))
                .expectDispatchedCommands(new RegistrarVencimento(ID));
    }

    private static LicencaEmitida emitida() {
        return new LicencaEmitida(ID, "LO-2026/000001-0", "ABCD", "processo-1", "pessoa-1", "emp-1", "Ceramica",
                TipoLicenca.LO, RegimeJuridico.LEI_15190, LocalDate.of(2026, 3, 2), VALIDA_ATE,
                List.<CondicionanteDefinida>of());
    }
}
