package br.licenciamento.licenca.query.estatisticas;

import br.licenciamento.platform.teste.RelogioDeTeste;
import br.licenciamento.api.processo.ProcessoAdmitido;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.BancoDeLeitura;
import br.licenciamento.licenca.query.Eventos;
import br.licenciamento.licenca.query.pesquisa.Processos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static br.licenciamento.licenca.query.pesquisa.Processos.analista;
import static br.licenciamento.licenca.query.pesquisa.Processos.atendida;
import static br.licenciamento.licenca.query.pesquisa.Processos.complementacao;
import static br.licenciamento.licenca.query.pesquisa.Processos.deferido;
import static br.licenciamento.licenca.query.pesquisa.Processos.enquadrado;
import static br.licenciamento.licenca.query.pesquisa.Processos.indeferido;
import static br.licenciamento.licenca.query.pesquisa.Processos.protocolado;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The audited figures on a known history: counts, on-time rate, median analysis time, overdue list, filters. */
class CalculoDeEstatisticasTest extends BancoDeLeitura {

    private static final LocalDate PROTOCOLO = LocalDate.of(2026, 3, 2);
    private static final LocalDate PRAZO = PROTOCOLO.plusMonths(6);
    private static final long D = ChronoUnit.DAYS.between(PROTOCOLO, PRAZO);
    private static final String BH = "3106200";

    private RelogioDeTeste relogio;
    private CalculoDeEstatisticas calculo;
    private Eventos eventos;

    @BeforeEach
    void historiaConhecida() {
        relogio = new RelogioDeTeste(PRAZO.plusDays(10));
        calculo = new CalculoDeEstatisticas(jdbc, relogio, leitura);
        eventos = new Eventos(Processos.projecao(jdbc, jdbcNomeado, relogio, leitura));

        emAnalise("a", BH);
        eventos.dado("a", deferido("a", PROTOCOLO.plusDays(10)));                  // on time, 10 days
        emAnalise("b", BH);
        LocalDate pedida = PROTOCOLO.plusDays(20);
        eventos.dado("b", complementacao("b", pedida))
                .dado("b", atendida("b", pedida, pedida.plusDays(30), PRAZO))       // due date moves to PRAZO + 30
                .dado("b", deferido("b", PRAZO.plusDays(21)));                      // on time, D + 21 - 30 days
        emAnalise("c", BH);
        eventos.dado("c", indeferido("c", PRAZO.plusDays(4)));                     // late, D + 4 days
        emAnalise("d", BH);
        eventos.dado("d", analista("d", "ana", PROTOCOLO));                        // open, 10 days late today
        emAnalise("e", BH);
        eventos.dado("e", complementacao("e", PRAZO.minusDays(5)));                // paused in time: not late
        emAnalise("f", BH);
        eventos.dado("f", complementacao("f", PRAZO.plusDays(2)));                 // paused when 2 days late: frozen
        eventos.dado("g", protocolado("g", "req", BH, TipoLicenca.LAC, PROTOCOLO))
                .dado("g", enquadrado("g", null))
                .dado("g", deferido("g", PROTOCOLO.plusDays(1)));                  // LAC: no deadline, not measured
        eventos.dado("h", protocolado("h", "req", BH, TipoLicenca.LI, PROTOCOLO));
        emAnalise("i", "3550308");                                                 // another municipality, 10 days late
    }

    private void emAnalise(String id, String municipio) {
        eventos.dado(id, protocolado(id, "req", municipio, TipoLicenca.LP, PROTOCOLO))
                .dado(id, enquadrado(id, PRAZO))
                .dado(id, new ProcessoAdmitido(id, PROTOCOLO));
    }

    @Test
    void contagensPorSituacaoETipoDosProcessosDoMunicipio() {
        Estatisticas.Processos processos = calculo.calcular(null, null, BH, null, 100).processos();

        assertThat(processos.total()).isEqualTo(8);
        assertThat(processos.porSituacao()).containsEntry(SituacaoProcesso.DEFERIDO, 3L)
                .containsEntry(SituacaoProcesso.INDEFERIDO, 1L).containsEntry(SituacaoProcesso.EM_ANALISE, 1L)
                .containsEntry(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO, 2L).containsEntry(SituacaoProcesso.PROTOCOLADO, 1L)
                .containsEntry(SituacaoProcesso.ENQUADRADO, 0L).hasSize(SituacaoProcesso.values().length);
        assertThat(processos.porTipoLicenca()).containsEntry(TipoLicenca.LP, 6L).containsEntry(TipoLicenca.LAC, 1L)
                .containsEntry(TipoLicenca.LI, 1L).containsEntry(TipoLicenca.LO, 0L);
    }

    @Test
    void taxaNoPrazoEMedianaContamSoAsDecisoesComPrazoDeAnalise() {
        Estatisticas.Decisoes decisoes = calculo.calcular(null, null, BH, null, 100).decisoes();

        assertThat(decisoes.total()).isEqualTo(4);
        assertThat(decisoes.deferidas()).isEqualTo(3);
        assertThat(decisoes.indeferidas()).isEqualTo(1);
        assertThat(decisoes.comPrazo()).isEqualTo(3);
        assertThat(decisoes.noPrazo()).isEqualTo(2);
        assertThat(decisoes.foraDoPrazo()).isEqualTo(1);
        assertThat(decisoes.percentualNoPrazo()).isEqualByComparingTo(new BigDecimal("66.67"));
        // Days of analysis: 10, D + 21 - 30 (paused days do not count) and D + 4: the median is the middle one.
        assertThat(decisoes.medianaDiasDeAnalise()).isEqualByComparingTo(BigDecimal.valueOf(D - 9));
    }

    @Test
    void periodoFiltraDecisoesPelaDataEProcessosPeloProtocolo() {
        Estatisticas noPeriodo = calculo.calcular(PRAZO, null, BH, null, 100);

        assertThat(noPeriodo.decisoes().total()).isEqualTo(2);
        assertThat(noPeriodo.decisoes().percentualNoPrazo()).isEqualByComparingTo(new BigDecimal("50.00"));
        // An even number of decisions: the mean of the two middle ones, (D - 9 + D + 4) / 2.
        assertThat(noPeriodo.decisoes().medianaDiasDeAnalise()).isEqualByComparingTo(new BigDecimal(D - 2).subtract(new BigDecimal("0.5")));
        assertThat(noPeriodo.processos().total()).as("nada foi protocolado no periodo").isZero();
        assertThat(noPeriodo.atrasados().total()).isZero();

        Estatisticas soLac = calculo.calcular(null, null, BH, TipoLicenca.LAC, 100);
        assertThat(soLac.decisoes().total()).isEqualTo(1);
        assertThat(soLac.decisoes().comPrazo()).isZero();
        assertThat(soLac.decisoes().percentualNoPrazo()).isNull();
        assertThat(soLac.decisoes().medianaDiasDeAnalise()).isNull();
    }

    @Test
    void atrasadosDeHojeContandoASuspensaoOsMaisAtrasadosPrimeiro() {
        Estatisticas.Atrasados doMunicipio = calculo.calcular(null, null, BH, null, 100).atrasados();
        assertThat(doMunicipio.total()).isEqualTo(2);
        assertThat(doMunicipio.processos()).extracting(Estatisticas.ProcessoAtrasado::processoId,
                        Estatisticas.ProcessoAtrasado::diasDeAtraso, Estatisticas.ProcessoAtrasado::analista,
                        Estatisticas.ProcessoAtrasado::prazoSuspensoDesde, Estatisticas.ProcessoAtrasado::numero)
                .containsExactly(tuple("d", 10L, "ana", null, "2026/d"), tuple("f", 2L, null, PRAZO.plusDays(2), "2026/f"));

        Estatisticas.Atrasados todos = calculo.calcular(null, null, null, null, 2).atrasados();
        assertThat(todos.total()).isEqualTo(3);
        assertThat(todos.processos()).extracting(Estatisticas.ProcessoAtrasado::processoId).containsExactly("d", "i");
    }
}
