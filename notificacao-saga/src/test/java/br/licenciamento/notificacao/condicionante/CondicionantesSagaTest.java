package br.licenciamento.notificacao.condicionante;

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

class CondicionantesSagaTest {

    private static final String ID = "licenca-1";
    private static final Instant EMISSAO = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate PRAZO = LocalDate.of(2026, 9, 2);
    private static final CondicionanteDefinida EFLUENTES = new CondicionanteDefinida("cond-1", "Monitorar efluentes", PRAZO);

    private SagaTestFixture<CondicionantesSaga> fixture;
    private NotificadorEmMemoria notificador;

    @BeforeEach
    void preparar() {
        fixture = new SagaTestFixture<>(CondicionantesSaga.class);
        notificador = new NotificadorEmMemoria();
        fixture.registerResource(notificador);
        fixture.registerResource(new ParametrosDasSagas());
    }

    @Test
    void emissao_agendaLembreteEVencimentoDeCadaCondicionante() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .whenPublishingA(emitida(List.of(EFLUENTES)))
                .expectScheduledDeadlineWithName(DiasLegais.inicioDoDia(PRAZO.minusDays(30)), CondicionantesSaga.LEMBRETE)
                .expectScheduledDeadlineWithName(DiasLegais.fimDoDia(PRAZO), CondicionantesSaga.VENCIDA);
    }

    @Test
    void semCondicionantes_nadaAcompanhar() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .whenPublishingA(emitida(List.of()))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void lembrete_avisaOTitularAntesDoPrazo() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida(List.of(EFLUENTES)))
                .whenTimeAdvancesTo(DiasLegais.inicioDoDia(PRAZO.minusDays(30)).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(CondicionantesSaga.LEMBRETE)
                .expectNoDispatchedCommands();
        Notificacao lembrete = notificador.doTipo("LEMBRETE_DE_CONDICIONANTE").get(0);
        assertThat(lembrete.destinatario()).isEqualTo(Destinatario.pessoa("pessoa-1"));
        assertThat(lembrete.texto()).contains("Monitorar efluentes", "até 02/09/2026", "relatório de cumprimento");
    }

    @Test
    void vencidaSemRelatorio_registraDescumprimentoEAvisaOAnalista() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida(List.of(EFLUENTES)))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(PRAZO).plusSeconds(1))
                .expectDispatchedCommands(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1"));

        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida(List.of(EFLUENTES)))
                .whenPublishingA(new CondicionanteDescumprida(ID, "cond-1", PRAZO, PRAZO.plusDays(1)))
                .expectActiveSagas(0);
        Notificacao aviso = notificador.doTipo("CONDICIONANTE_DESCUMPRIDA").get(0);
        assertThat(aviso.destinatario()).isEqualTo(Destinatario.papel("ANALISTA"));
        assertThat(aviso.texto()).contains("Monitorar efluentes", "venceu em 02/09/2026", "descumprida");
    }

    @Test
    void relatorioApresentado_suspendeOVencimentoEAprovadoEncerra() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida(List.of(EFLUENTES)))
                .andThenAPublished(new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises",
                        PRAZO.minusDays(5), true))
                .whenTimeAdvancesTo(DiasLegais.fimDoDia(PRAZO).plusSeconds(1))
                .expectNoDispatchedCommands();

        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida(List.of(EFLUENTES)))
                .andThenAPublished(new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises",
                        PRAZO.minusDays(5), true))
                .whenPublishingA(new RelatorioDeCondicionanteAvaliado(ID, "cond-1", "rel-1", true, "ok", PRAZO.minusDays(2)))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void relatorioRecusadoDepoisDoPrazo_descumpridaDeImediato() throws Exception {
        fixture.givenCurrentTime(EMISSAO)
                .andThenAPublished(emitida(List.of(EFLUENTES)))
                .andThenAPublished(new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises",
                        PRAZO.minusDays(5), true))
                .andThenTimeAdvancesTo(DiasLegais.fimDoDia(PRAZO).plusSeconds(3600))
                .andThenAPublished(new RelatorioDeCondicionanteAvaliado(ID, "cond-1", "rel-1", false, "Incompleto", PRAZO.plusDays(1)))
                .whenTimeElapses(java.time.Duration.ofSeconds(1))
                .expectDispatchedCommands(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1"));
    }

    private static LicencaEmitida emitida(List<CondicionanteDefinida> condicionantes) {
        return new LicencaEmitida(ID, "LO-2026/000001-0", "ABCD", "processo-1", "pessoa-1", "emp-1", "Ceramica",
                TipoLicenca.LO, RegimeJuridico.LEI_15190, LocalDate.of(2026, 3, 2), LocalDate.of(2031, 3, 2), condicionantes);
    }
}
