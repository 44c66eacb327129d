package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.processo.ProcessosVisiveis;
import br.licenciamento.platform.teste.RelogioDeTeste;
import br.licenciamento.api.processo.PaginaDeProcessos;
import br.licenciamento.api.processo.ConsultaDeProcessos;
import br.licenciamento.api.processo.ProcessoAdmitido;
import br.licenciamento.api.processo.ProcessoNaoAdmitido;
import br.licenciamento.api.processo.RecursoJulgado;
import br.licenciamento.api.processo.ResumoProcesso;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.BancoDeLeitura;
import br.licenciamento.licenca.query.Eventos;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.groups.Tuple.tuple;

import static br.licenciamento.licenca.query.pesquisa.Processos.analista;
import static br.licenciamento.licenca.query.pesquisa.Processos.arquivado;
import static br.licenciamento.licenca.query.pesquisa.Processos.atendida;
import static br.licenciamento.licenca.query.pesquisa.Processos.complementacao;
import static br.licenciamento.licenca.query.pesquisa.Processos.deferido;
import static br.licenciamento.licenca.query.pesquisa.Processos.enquadrado;
import static br.licenciamento.licenca.query.pesquisa.Processos.indeferido;
import static br.licenciamento.licenca.query.pesquisa.Processos.protocolado;
import static org.assertj.core.api.Assertions.assertThat;

/** Given events, the search model: the analysis clock with its pauses, the decisions, the filters, idempotency. */
class PesquisaDeProcessosProjectionTest extends BancoDeLeitura {

    private static final LocalDate PROTOCOLO = LocalDate.of(2026, 3, 2);
    private static final LocalDate PRAZO = PROTOCOLO.plusMonths(6);
    private static final String BH = "3106200";

    private RelogioDeTeste relogio;
    private PesquisaDeProcessosProjection projecao;
    private Eventos eventos;

    @BeforeEach
    void projecao() {
        relogio = new RelogioDeTeste(PROTOCOLO);
        projecao = new PesquisaDeProcessosProjection(jdbc, jdbcNomeado, relogio, leitura);
        eventos = new Eventos(projecao);
    }

    private static ProcessosVisiveis visiveis(Set<String> requerentes, Set<String> processos) {
        return new ProcessosVisiveis(requerentes, processos);
    }

    private void emAnalise(String id, String requerente) {
        eventos.dado(id, protocolado(id, requerente, BH, TipoLicenca.LP, PROTOCOLO))
                .dado(id, enquadrado(id, PRAZO))
                .dado(id, new ProcessoAdmitido(id, PROTOCOLO));
    }

    private ResumoProcesso resumo(String id) {
        return todos(new ConsultaDeProcessos(null, null, null, null, 0, 200, null, null, null, null, false, null, null, null, null))
                .stream().filter(r -> r.processoId().equals(id)).findFirst().orElseThrow();
    }

    private List<ResumoProcesso> todos(ConsultaDeProcessos consulta) {
        return projecao.handle(consulta).itens();
    }

    private static ConsultaDeProcessos atrasados(Boolean atrasado) {
        return new ConsultaDeProcessos(null, null, null, null, 0, 200, null, null, null, null, false, null, null, atrasado, null);
    }

    @Test
    void prazoDeAnaliseVencidoDeixaOProcessoAtrasadoPelosDiasCorridos() {
        emAnalise("p1", "req");

        relogio.em(PRAZO);
        assertThat(resumo("p1").atrasado()).as("o dia do prazo ainda esta no prazo").isFalse();
        relogio.em(PRAZO.plusDays(5));
        ResumoProcesso atrasado = resumo("p1");
        assertThat(atrasado.atrasado()).isTrue();
        assertThat(atrasado.diasDeAtraso()).isEqualTo(5);
        assertThat(atrasado.prazoAnaliseAte()).isEqualTo(PRAZO);
        assertThat(todos(atrasados(true))).extracting(ResumoProcesso::processoId).containsExactly("p1");
        assertThat(todos(atrasados(false))).isEmpty();
    }

    @Test
    void complementacaoPendenteSuspendeOPrazoEAtendidaOEstendePelosDiasParados() {
        emAnalise("p1", "req");
        LocalDate pedida = PRAZO.minusDays(10);
        eventos.dado("p1", complementacao("p1", pedida));

        relogio.em(PRAZO.plusDays(20));
        ResumoProcesso suspenso = resumo("p1");
        assertThat(suspenso.atrasado()).as("o relogio do orgao esta parado").isFalse();
        assertThat(suspenso.prazoSuspensoDesde()).isEqualTo(pedida);

        eventos.dado("p1", atendida("p1", pedida, PRAZO.plusDays(20), PRAZO));
        assertThat(resumo("p1").prazoAnaliseAte()).isEqualTo(PRAZO.plusDays(30));
        assertThat(resumo("p1").atrasado()).isFalse();
        relogio.em(PRAZO.plusDays(31));
        assertThat(resumo("p1").atrasado()).isTrue();
        assertThat(resumo("p1").diasDeAtraso()).isEqualTo(1);
    }

    @Test
    void complementacaoPedidaDepoisDoPrazoCongelaOAtrasoJaCorrido() {
        emAnalise("p1", "req");
        eventos.dado("p1", complementacao("p1", PRAZO.plusDays(3)));

        relogio.em(PRAZO.plusDays(40));
        ResumoProcesso congelado = resumo("p1");
        assertThat(congelado.atrasado()).isTrue();
        assertThat(congelado.diasDeAtraso()).isEqualTo(3);
    }

    @Test
    void processoEncerradoOuSemPrazoDeAnaliseNuncaEstaAtrasado() {
        emAnalise("deferido", "req");
        emAnalise("arquivado", "req");
        eventos.dado("deferido", deferido("deferido", PRAZO.plusDays(2)))
                .dado("arquivado", arquivado("arquivado", PRAZO.plusDays(2)))
                .dado("lac", protocolado("lac", "req", BH, TipoLicenca.LAC, PROTOCOLO))
                .dado("lac", enquadrado("lac", null))
                .dado("novo", protocolado("novo", "req", BH, TipoLicenca.LP, PROTOCOLO));

        relogio.em(PRAZO.plusYears(1));
        assertThat(todos(atrasados(true))).isEmpty();
        assertThat(todos(atrasados(false))).hasSize(4);
    }

    @Test
    void decisaoEMedidaContraOPrazoEmVigorSemOsDiasSuspensos() {
        emAnalise("noPrazo", "req");
        LocalDate pedida = PROTOCOLO.plusDays(10);
        eventos.dado("noPrazo", complementacao("noPrazo", pedida))
                .dado("noPrazo", atendida("noPrazo", pedida, pedida.plusDays(40), PRAZO))
                // After the original due date, but within the one moved by the 40 paused days.
                .dado("noPrazo", deferido("noPrazo", PRAZO.plusDays(35)));
        emAnalise("tarde", "req");
        eventos.dado("tarde", indeferido("tarde", PRAZO.plusDays(1)));
        eventos.dado("lac", protocolado("lac", "req", BH, TipoLicenca.LAC, PROTOCOLO))
                .dado("lac", enquadrado("lac", null))
                .dado("lac", deferido("lac", PROTOCOLO.plusDays(3)));

        List<Map<String, Object>> decisoes = linhas("processo_decisao", "processo_id");
        assertThat(decisoes).extracting(d -> d.get("processo_id"), d -> d.get("resultado"), d -> d.get("no_prazo"),
                        d -> d.get("dias_de_analise"))
                .containsExactly(
                        tuple("lac", "DEFERIDO", null, null),
                        tuple("noPrazo", "DEFERIDO", true,
                                (int) (PRAZO.plusDays(35).toEpochDay() - PROTOCOLO.toEpochDay()) - 40),
                        tuple("tarde", "INDEFERIDO", false,
                                (int) (PRAZO.plusDays(1).toEpochDay() - PROTOCOLO.toEpochDay())));
    }

    @Test
    void naoAdmissaoReiniciaAContagemDoPrazo() {
        eventos.dado("p1", protocolado("p1", "req", BH, TipoLicenca.LP, PROTOCOLO))
                .dado("p1", enquadrado("p1", PRAZO));
        LocalDate reinicio = PROTOCOLO.plusDays(20);
        eventos.dado("p1", new ProcessoNaoAdmitido("p1", "Estudo fora do termo de referencia", reinicio, reinicio.plusMonths(6)))
                .dado("p1", new ProcessoAdmitido("p1", reinicio.plusDays(5)))
                .dado("p1", deferido("p1", reinicio.plusDays(50)));

        assertThat(linhas("processo_decisao", "processo_id").get(0)).containsEntry("dias_de_analise", 50)
                .containsEntry("no_prazo", true);
    }

    @Test
    void recursoProvidoReabreAAnaliseComOPrazoQueOProcessoJaTinha() {
        emAnalise("p1", "req");
        eventos.dado("p1", indeferido("p1", PRAZO.minusDays(1)))
                .dado("p1", new RecursoJulgado("p1", "r1", true, "Provido", PRAZO.plusDays(20), SituacaoProcesso.EM_ANALISE));

        relogio.em(PRAZO.plusDays(20));
        ResumoProcesso reaberto = resumo("p1");
        assertThat(reaberto.situacao()).isEqualTo(SituacaoProcesso.EM_ANALISE);
        assertThat(reaberto.atrasado()).isTrue();
        assertThat(reaberto.diasDeAtraso()).isEqualTo(20);
        eventos.dado("p1", deferido("p1", PRAZO.plusDays(30)));
        assertThat(linhas("processo_decisao", "sequencia")).extracting(d -> d.get("no_prazo")).containsExactly(true, false);
    }

    @Test
    void pesquisaFiltraPorAnalistaDataDeProtocoloNumeroEOrdena() {
        emAnalise("ana1", "req");
        emAnalise("ana2", "req");
        emAnalise("livre", "req");
        eventos.dado("ana1", analista("ana1", "ana", PROTOCOLO))
                .dado("ana2", analista("ana2", "ana", PROTOCOLO))
                .dado("ana2", analista("ana2", "bruno", PROTOCOLO.plusDays(1)))
                .dado("tarde", protocolado("tarde", "req", BH, TipoLicenca.LI, PROTOCOLO.plusDays(30)));

        assertThat(todos(consulta("ana", false, null, null, null))).extracting(ResumoProcesso::processoId).containsExactly("ana1");
        assertThat(todos(consulta("bruno", false, null, null, null))).extracting(ResumoProcesso::analista).containsExactly("bruno");
        assertThat(todos(consulta(null, true, null, null, null))).extracting(ResumoProcesso::processoId)
                .containsExactlyInAnyOrder("livre", "tarde");
        assertThat(todos(consulta(null, false, PROTOCOLO.plusDays(1), null, null))).extracting(ResumoProcesso::processoId)
                .containsExactly("tarde");
        assertThat(todos(consulta(null, false, null, PROTOCOLO, null))).hasSize(3);
        assertThat(todos(consulta(null, false, null, null, new ConsultaDeProcessos.Ordem(ConsultaDeProcessos.Ordem.Campo.NUMERO, true))))
                .extracting(ResumoProcesso::processoId).containsExactly("ana1", "ana2", "livre", "tarde");
        assertThat(projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, null, "2026/livre", null, null, false,
                null, null, null, null)).itens()).extracting(ResumoProcesso::processoId).containsExactly("livre");

        relogio.em(PRAZO.plusDays(3));
        // Three processes 3 days late (ties broken by id, in the same direction), the one without a due date last.
        assertThat(todos(consulta(null, false, null, null, new ConsultaDeProcessos.Ordem(ConsultaDeProcessos.Ordem.Campo.ATRASO, false))))
                .extracting(ResumoProcesso::processoId).containsExactly("livre", "ana2", "ana1", "tarde");
        assertThat(todos(consulta(null, false, null, null, new ConsultaDeProcessos.Ordem(ConsultaDeProcessos.Ordem.Campo.PRAZO, true))))
                .extracting(ResumoProcesso::processoId).containsExactly("ana1", "ana2", "livre", "tarde");
    }

    private static ConsultaDeProcessos consulta(String analista, boolean semAnalista, LocalDate de, LocalDate ate,
                                               ConsultaDeProcessos.Ordem ordem) {
        return new ConsultaDeProcessos(null, null, null, null, 0, 200, null, null, null, analista, semAnalista, de, ate, null, ordem);
    }

    @Test
    void requerenteSoVeOsProcessosDasPessoasQueRepresentaEODocumentoRestringeAsPessoas() {
        emAnalise("meu", "eu");
        emAnalise("alheio", "outro");

        assertThat(projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, visiveis(Set.of("eu"), Set.of()), null, null, null, false,
                null, null, null, null)).itens()).extracting(ResumoProcesso::processoId).containsExactly("meu");
        assertThat(projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, visiveis(Set.of("eu"), Set.of("alheio")),
                null, null, null, false, null, null, null, null)).itens()).extracting(ResumoProcesso::processoId)
                .containsExactlyInAnyOrder("meu", "alheio");
        assertThat(projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, visiveis(Set.of(), Set.of("alheio")),
                null, null, null, false, null, null, null, null)).itens()).extracting(ResumoProcesso::processoId)
                .containsExactly("alheio");
        PaginaDeProcessos semPessoas = projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, visiveis(Set.of(), Set.of()), null,
                null, null, false, null, null, null, null));
        assertThat(semPessoas.total()).isZero();
        assertThat(projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, null, null, Set.of("outro"), null,
                false, null, null, null, null)).itens()).extracting(ResumoProcesso::processoId).containsExactly("alheio");
        assertThat(projecao.handle(new ConsultaDeProcessos(null, null, null, null, 0, 20, null, null, Set.of(), null,
                false, null, null, null, null)).total()).isZero();
    }

    @Test
    void eventosEntreguesDeNovoOuReplayDaoOMesmoModelo() {
        emAnalise("p1", "req");
        LocalDate pedida = PROTOCOLO.plusDays(10);
        eventos.dado("p1", analista("p1", "ana", PROTOCOLO))
                .dado("p1", complementacao("p1", pedida))
                .dado("p1", atendida("p1", pedida, pedida.plusDays(15), PRAZO))
                .dado("p1", deferido("p1", PRAZO));
        emAnalise("p2", "req");
        eventos.dado("p2", complementacao("p2", pedida));
        List<Map<String, Object>> resumos = linhas("processo_resumo", "processo_id");
        List<Map<String, Object>> decisoes = linhas("processo_decisao", "processo_id, sequencia");

        eventos.entregarDeNovo();
        assertThat(linhas("processo_resumo", "processo_id")).isEqualTo(resumos);
        assertThat(linhas("processo_decisao", "processo_id, sequencia")).isEqualTo(decisoes);

        eventos.replay();
        assertThat(linhas("processo_resumo", "processo_id")).isEqualTo(resumos);
        assertThat(linhas("processo_decisao", "processo_id, sequencia")).isEqualTo(decisoes);
        assertThat(resumos.get(0)).containsEntry("dias_suspensos", 15);
    }

    /**
     * In a processor's batch the row changes wait and go together at the end, in event order; a decision reads the
     * row with the batch's earlier changes (here the 40 paused days) already applied.
     */
    @Test
    void noLoteDoProcessadorAsMudancasVaoJuntasEmOrdemEADecisaoAsConsidera() {
        UnitOfWork<?> lote = DefaultUnitOfWork.startAndGet(null);
        emAnalise("p1", "req");
        LocalDate pedida = PROTOCOLO.plusDays(10);
        eventos.dado("p1", complementacao("p1", pedida))
                .dado("p1", atendida("p1", pedida, pedida.plusDays(40), PRAZO));
        assertThat(outraConexao().sql("SELECT situacao FROM licenca_query.processo_resumo").query(String.class).single())
                .as("only the filing is written before the batch ends").isEqualTo("PROTOCOLADO");

        eventos.dado("p1", deferido("p1", PRAZO.plusDays(35)));
        lote.commit();

        assertThat(linhas("processo_decisao", "processo_id")).singleElement().satisfies(d -> assertThat(d)
                .containsEntry("no_prazo", true)
                .containsEntry("dias_de_analise", (int) (PRAZO.plusDays(35).toEpochDay() - PROTOCOLO.toEpochDay()) - 40));
        assertThat(linhas("processo_resumo", "processo_id")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("situacao", "DEFERIDO")
                .containsEntry("encerrado", true)
                .containsEntry("dias_suspensos", 40)
                .containsEntry("suspenso_desde", null));
    }
}
