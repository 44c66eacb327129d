package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.licenca.CondicionanteAlterada;
import br.licenciamento.api.licenca.CondicionanteDescumprida;
import br.licenciamento.api.licenca.LicencaCancelada;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.licenca.LicencaRenovada;
import br.licenciamento.api.licenca.LicencaSuspensa;
import br.licenciamento.api.licenca.LicencaVencida;
import br.licenciamento.api.licenca.MotivoDeSancao;
import br.licenciamento.api.licenca.RelatorioDeCondicionanteAvaliado;
import br.licenciamento.api.licenca.RenovacaoSolicitada;
import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.ProcessoDeferido;
import br.licenciamento.api.processo.ProcessosVisiveis;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.BancoDeLeitura;
import br.licenciamento.licenca.query.Eventos;
import br.licenciamento.licenca.query.certificado.VersaoDoCertificado;
import br.licenciamento.licenca.query.certificado.VersoesDoCertificado;
import br.licenciamento.licenca.query.pesquisa.Processos;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Given licence events, the registry: effective situation, expiry window, sanctions, conditions, idempotency. */
class LicencasEmitidasProjectionTest extends BancoDeLeitura {

    private static final LocalDate EMISSAO = LocalDate.of(2026, 5, 4);
    private static final LocalDate VALIDADE = EMISSAO.plusYears(4);

    private RelogioDeTeste relogio;
    private ConsultaDeLicencas consulta;
    private Eventos eventos;

    @BeforeEach
    void projecao() {
        relogio = new RelogioDeTeste(EMISSAO);
        consulta = new ConsultaDeLicencas(jdbc, relogio, leitura);
        eventos = new Eventos(new LicencasEmitidasProjection(jdbc));
    }

    private void emitida(String licencaId, String requerente, String municipio, TipoLicenca tipo, LocalDate validaAte,
                         CondicionanteDefinida... condicionantes) {
        String processo = "proc-" + licencaId;
        eventos.dado(processo, Processos.protocolado(processo, requerente, municipio, tipo, EMISSAO.minusMonths(3)));
        eventos.dado(licencaId, new LicencaEmitida(licencaId, tipo + "-2026/" + licencaId,
                "7KQ2-M9XD-4HPA-Z3CV", processo, requerente, "emp-" + licencaId, "Pedreira " + licencaId, tipo,
                RegimeJuridico.LEI_15190, EMISSAO, validaAte, List.of(condicionantes)));
    }

    private List<String> ids(FiltroDeLicencas filtro) {
        return consulta.pesquisar(filtro).itens().stream().map(ResumoLicenca::licencaId).toList();
    }

    private static FiltroDeLicencas filtro(SituacaoLicenca situacao, Integer vencendoEmDias) {
        return new FiltroDeLicencas(situacao, vencendoEmDias, null, null, null, null, null, null, null, null, null,
                FiltroDeLicencas.Ordem.VALIDADE, true, 0, 200);
    }

    @Test
    void licencaEmitidaLevaMunicipioAtividadeENumeroDoProtocolo() {
        emitida("l1", "req", "3106200", TipoLicenca.LP, VALIDADE);

        FichaLicenca ficha = consulta.buscar("l1").orElseThrow();
        assertThat(ficha.licenca().municipioIbge()).isEqualTo("3106200");
        assertThat(ficha.licenca().cnae()).isEqualTo("2342-7/02");
        assertThat(ficha.licenca().processoNumero()).isEqualTo("2026/proc-l1");
        assertThat(ficha.licenca().situacao()).isEqualTo(SituacaoLicenca.VIGENTE);
        assertThat(ficha.licenca().diasParaVencer()).isEqualTo(VALIDADE.toEpochDay() - EMISSAO.toEpochDay());
        assertThat(ficha.codigoAutenticidade()).isEqualTo("7KQ2-M9XD-4HPA-Z3CV");
        assertThat(consulta.porNumero(ficha.licenca().numero())).map(f -> f.licenca().licencaId()).hasValue("l1");
    }

    @Test
    void vigenteComValidadeEncerradaJaContaComoVencidaAntesDoRegistroDoVencimento() {
        emitida("l1", "req", "3106200", TipoLicenca.LP, VALIDADE);

        relogio.em(VALIDADE);
        assertThat(ids(filtro(SituacaoLicenca.VIGENTE, null))).containsExactly("l1");
        relogio.em(VALIDADE.plusDays(1));
        assertThat(consulta.buscar("l1").orElseThrow().licenca().situacao()).isEqualTo(SituacaoLicenca.VENCIDA);
        assertThat(ids(filtro(SituacaoLicenca.VIGENTE, null))).isEmpty();
        assertThat(ids(filtro(SituacaoLicenca.VENCIDA, null))).containsExactly("l1");

        eventos.dado("l1", new LicencaVencida("l1", VALIDADE, VALIDADE.plusDays(1)));
        assertThat(consulta.buscar("l1").orElseThrow().licenca().vencidaEm()).isEqualTo(VALIDADE.plusDays(1));
        assertThat(ids(filtro(SituacaoLicenca.VENCIDA, null))).containsExactly("l1");
    }

    @Test
    void renovacaoPedidaATempoMantemALicencaVigenteAlemDaValidadeAteADecisao() {
        emitida("l1", "req", "3106200", TipoLicenca.LP, VALIDADE);
        eventos.dado("l1", new RenovacaoSolicitada("l1", "Continuidade", VALIDADE.minusDays(150), 150, true));

        relogio.em(VALIDADE.plusDays(10));
        ResumoLicenca prorrogada = consulta.buscar("l1").orElseThrow().licenca();
        assertThat(prorrogada.situacao()).isEqualTo(SituacaoLicenca.VIGENTE);
        assertThat(prorrogada.prorrogadaAteDecisao()).isTrue();
        assertThat(prorrogada.diasParaVencer()).isEqualTo(-10);
        assertThat(ids(filtro(SituacaoLicenca.VIGENTE, null))).containsExactly("l1");

        eventos.dado("l1", new LicencaRenovada("l1", VALIDADE.plusDays(10), VALIDADE.plusDays(10).plusYears(4), "ok"));
        ResumoLicenca renovada = consulta.buscar("l1").orElseThrow().licenca();
        assertThat(renovada.prorrogadaAteDecisao()).isFalse();
        assertThat(renovada.validaAte()).isEqualTo(VALIDADE.plusDays(10).plusYears(4));
        assertThat(renovada.renovadaEm()).isEqualTo(VALIDADE.plusDays(10));
    }

    @Test
    void aVencerEmNDiasListaSoAsVigentesSemProrrogacaoComValidadeAteODiaLimite() {
        emitida("vence-em-30", "req", "3106200", TipoLicenca.LP, EMISSAO.plusDays(30));
        emitida("vence-em-31", "req", "3106200", TipoLicenca.LP, EMISSAO.plusDays(31));
        emitida("vence-hoje", "req", "3106200", TipoLicenca.LP, EMISSAO);
        emitida("prorrogada", "req", "3106200", TipoLicenca.LP, EMISSAO.plusDays(10));
        emitida("suspensa", "req", "3106200", TipoLicenca.LP, EMISSAO.plusDays(10));
        eventos.dado("prorrogada", new RenovacaoSolicitada("prorrogada", "ok", EMISSAO, 10, true))
                .dado("suspensa", new LicencaSuspensa("suspensa", MotivoDeSancao.RISCO_AMBIENTAL_OU_A_SAUDE, "Vazamento",
                        EMISSAO, List.of()));

        assertThat(ids(filtro(null, 30))).containsExactly("vence-hoje", "vence-em-30");
        assertThat(ids(filtro(null, 0))).containsExactly("vence-hoje");
    }

    @Test
    void suspensaECanceladaSaoFiltradasPelaSituacaoRegistrada() {
        emitida("suspensa", "req", "3106200", TipoLicenca.LP, VALIDADE);
        emitida("cancelada", "req", "3550308", TipoLicenca.LI, VALIDADE);
        emitida("vigente", "req", "3550308", TipoLicenca.LI, VALIDADE);
        eventos.dado("suspensa", new LicencaSuspensa("suspensa", MotivoDeSancao.RISCO_AMBIENTAL_OU_A_SAUDE, "Vazamento",
                        EMISSAO.plusDays(5), List.of()))
                .dado("cancelada", new LicencaCancelada("cancelada", MotivoDeSancao.INFORMACAO_FALSA_OU_OMITIDA, "Laudo falso",
                        EMISSAO.plusDays(6), List.of()));

        relogio.em(VALIDADE.plusYears(1));
        assertThat(ids(filtro(SituacaoLicenca.SUSPENSA, null))).containsExactly("suspensa");
        assertThat(ids(filtro(SituacaoLicenca.CANCELADA, null))).containsExactly("cancelada");
        assertThat(ids(filtro(SituacaoLicenca.VENCIDA, null))).containsExactly("vigente");
        assertThat(consulta.buscar("cancelada").orElseThrow().licenca().canceladaEm()).isEqualTo(EMISSAO.plusDays(6));
        assertThat(ids(new FiltroDeLicencas(null, null, TipoLicenca.LI, "3550308", null, null, null, null, null, null, null,
                FiltroDeLicencas.Ordem.EMISSAO, false, 0, 200))).containsExactlyInAnyOrder("cancelada", "vigente");
    }

    @Test
    void requerenteSoVeAsLicencasDasPessoasQueRepresenta() {
        emitida("minha", "eu", "3106200", TipoLicenca.LP, VALIDADE);
        emitida("alheia", "outro", "3106200", TipoLicenca.LP, VALIDADE);

        assertThat(ids(new FiltroDeLicencas(null, null, null, null, null, null, new ProcessosVisiveis(Set.of("eu"), Set.of()), null, null, null, null,
                FiltroDeLicencas.Ordem.EMISSAO, false, 0, 200))).containsExactly("minha");
        assertThat(ids(new FiltroDeLicencas(null, null, null, null, null, null, new ProcessosVisiveis(Set.of(), Set.of("proc-alheia")),
                null, null, null, null, FiltroDeLicencas.Ordem.EMISSAO, false, 0, 200))).containsExactly("alheia");
        assertThat(consulta.pesquisar(new FiltroDeLicencas(null, null, null, null, null, null, new ProcessosVisiveis(Set.of(), Set.of()), null, null, null, null,
                FiltroDeLicencas.Ordem.EMISSAO, false, 0, 200)).total()).isZero();
        assertThat(ids(new FiltroDeLicencas(null, null, null, null, null, Set.of("outro"), null, null, null, null, null,
                FiltroDeLicencas.Ordem.EMISSAO, false, 0, 200))).containsExactly("alheia");
    }

    @Test
    void condicionanteCumpridaComRelatorioAprovadoDescumpridaQuandoOPrazoPassaSemEle() {
        emitida("l1", "req", "3106200", TipoLicenca.LP, VALIDADE,
                new CondicionanteDefinida("fauna", "Inventario de fauna", EMISSAO.plusMonths(3)),
                new CondicionanteDefinida("educacao", "Educacao ambiental", EMISSAO.plusMonths(6)),
                new CondicionanteDefinida("efluentes", "Monitorar efluentes", EMISSAO.plusMonths(9)));
        eventos.dado("l1", new RelatorioDeCondicionanteAvaliado("l1", "fauna", "r1", true, "Conforme", EMISSAO.plusMonths(2)))
                .dado("l1", new CondicionanteAlterada("l1", "educacao", "Educacao ambiental nas escolas", EMISSAO.plusMonths(8),
                        "Pedido do municipio", EMISSAO.plusMonths(1), EMISSAO.plusMonths(2)))
                .dado("l1", new CondicionanteDescumprida("l1", "efluentes", EMISSAO.plusMonths(9), EMISSAO.plusMonths(9).plusDays(1)));

        assertThat(consulta.buscar("l1").orElseThrow().condicionantes())
                .extracting(FichaLicenca.Condicionante::condicionanteId, FichaLicenca.Condicionante::situacao,
                        FichaLicenca.Condicionante::prazo, FichaLicenca.Condicionante::descricao)
                .containsExactly(
                        tuple("fauna", "CUMPRIDA", EMISSAO.plusMonths(3), "Inventario de fauna"),
                        tuple("educacao", "PENDENTE", EMISSAO.plusMonths(8), "Educacao ambiental nas escolas"),
                        tuple("efluentes", "DESCUMPRIDA", EMISSAO.plusMonths(9), "Monitorar efluentes"));

        // A report approved after the breach fulfils the condition.
        eventos.dado("l1", new RelatorioDeCondicionanteAvaliado("l1", "efluentes", "r2", true, "Atrasado, mas conforme",
                EMISSAO.plusMonths(10)));
        assertThat(consulta.buscar("l1").orElseThrow().condicionantes().get(2).situacao()).isEqualTo("CUMPRIDA");
    }

    @Test
    void eventosEntreguesDeNovoOuReplayDaoOMesmoRegistro() {
        emitida("l1", "req", "3106200", TipoLicenca.LP, VALIDADE,
                new CondicionanteDefinida("fauna", "Inventario de fauna", EMISSAO.plusMonths(3)));
        eventos.dado("l1", new CondicionanteAlterada("l1", "fauna", "Inventario ampliado", EMISSAO.plusMonths(5), "ok",
                        EMISSAO.plusDays(1), EMISSAO.plusDays(31)))
                .dado("l1", new RenovacaoSolicitada("l1", "ok", EMISSAO.plusDays(2), 1000, true))
                .dado("l1", new LicencaSuspensa("l1", MotivoDeSancao.RISCO_AMBIENTAL_OU_A_SAUDE, "Vazamento", EMISSAO.plusDays(3),
                        List.of("fauna")));
        List<Map<String, Object>> registro = linhas("licenca_registro", "licenca_id");
        List<Map<String, Object>> condicionantes = linhas("licenca_condicionante", "licenca_id, condicionante_id");
        List<Map<String, Object>> certificados = linhas("licenca_certificado", "licenca_id, versao");
        List<Map<String, Object>> doCertificado = linhas("licenca_certificado_condicionante", "licenca_id, versao, ordem");
        assertThat(certificados).hasSize(3);

        eventos.entregarDeNovo();
        assertThat(linhas("licenca_registro", "licenca_id")).isEqualTo(registro);
        assertThat(linhas("licenca_condicionante", "licenca_id, condicionante_id")).isEqualTo(condicionantes);
        assertThat(linhas("licenca_certificado", "licenca_id, versao")).isEqualTo(certificados);
        assertThat(linhas("licenca_certificado_condicionante", "licenca_id, versao, ordem")).isEqualTo(doCertificado);

        eventos.replay();
        assertThat(linhas("licenca_registro", "licenca_id")).isEqualTo(registro);
        assertThat(linhas("licenca_condicionante", "licenca_id, condicionante_id")).isEqualTo(condicionantes);
        assertThat(linhas("licenca_certificado", "licenca_id, versao")).isEqualTo(certificados);
        assertThat(linhas("licenca_certificado_condicionante", "licenca_id, versao, ordem")).isEqualTo(doCertificado);
        assertThat(registro.get(0)).containsEntry("situacao", "SUSPENSA").containsEntry("prorrogada_ate_decisao", true);
    }

    @Test
    void certificadoTemUmaVersaoPorEmissaoAlteracaoDeCondicionanteSuspensaoERenovacao() {
        VersoesDoCertificado versoes = new VersoesDoCertificado(jdbc, leitura);
        eventos.dado("proc-l1", new ProcessoDeferido("proc-l1", "l1", "req", "emp-l1", "Pedreira l1", TipoLicenca.LP,
                RegimeJuridico.LEI_15190, EMISSAO, VALIDADE, List.of(), "Parecer tecnico favoravel", EMISSAO.plusDays(15)));
        emitida("l1", "req", "3106200", TipoLicenca.LP, VALIDADE,
                new CondicionanteDefinida("fauna", "Inventario de fauna", EMISSAO.plusMonths(3)));
        // Neither a report, a renewal request nor a cancellation changes what the document prints.
        eventos.dado("l1", new RelatorioDeCondicionanteAvaliado("l1", "fauna", "r1", true, "Conforme", EMISSAO.plusMonths(2)))
                .dado("l1", new CondicionanteAlterada("l1", "fauna", "Inventario ampliado", EMISSAO.plusMonths(5),
                        "Pedido do municipio", EMISSAO.plusDays(1), EMISSAO.plusDays(31)))
                .dado("l1", new RenovacaoSolicitada("l1", "ok", EMISSAO.plusDays(2), 1000, true))
                .dado("l1", new LicencaSuspensa("l1", MotivoDeSancao.RISCO_AMBIENTAL_OU_A_SAUDE, "Vazamento",
                        EMISSAO.plusDays(3), List.of("fauna")))
                .dado("l1", new LicencaRenovada("l1", EMISSAO.plusDays(4), VALIDADE.plusYears(2), "Desempenho ambiental"))
                .dado("l1", new LicencaCancelada("l1", MotivoDeSancao.INFORMACAO_FALSA_OU_OMITIDA, "Laudo falso",
                        EMISSAO.plusDays(5), List.of()));

        assertThat(versoes.emissoes("l1")).extracting(VersoesDoCertificado.Emissao::versao,
                        VersoesDoCertificado.Emissao::motivo, VersoesDoCertificado.Emissao::emitidaEm)
                .containsExactly(tuple(1, MotivoDaVersao.EMISSAO, EMISSAO),
                        tuple(2, MotivoDaVersao.ALTERACAO_DE_CONDICIONANTE, EMISSAO.plusDays(1)),
                        tuple(3, MotivoDaVersao.SUSPENSAO, EMISSAO.plusDays(3)),
                        tuple(4, MotivoDaVersao.RENOVACAO, EMISSAO.plusDays(4)));
        VersaoDoCertificado primeira = versoes.versao("l1", 1).orElseThrow();
        assertThat(primeira.condicionantes()).containsExactly(
                new VersaoDoCertificado.Condicionante("Inventario de fauna", EMISSAO.plusMonths(3)));
        assertThat(primeira.fundamentosDoDeferimento()).isEqualTo("Parecer tecnico favoravel");
        assertThat(primeira.situacao()).isEqualTo(SituacaoLicenca.VIGENTE);
        VersaoDoCertificado suspensa = versoes.versao("l1", 3).orElseThrow();
        assertThat(suspensa.situacao()).isEqualTo(SituacaoLicenca.SUSPENSA);
        assertThat(suspensa.suspensaEm()).isEqualTo(EMISSAO.plusDays(3));
        assertThat(consulta.buscar("l1").orElseThrow().licenca().suspensaEm()).isEqualTo(EMISSAO.plusDays(3));
        assertThat(suspensa.fundamentos()).isEqualTo("Vazamento");
        assertThat(suspensa.condicionantes()).containsExactly(
                new VersaoDoCertificado.Condicionante("Inventario ampliado", EMISSAO.plusMonths(5)));
        VersaoDoCertificado atual = versoes.versao("l1", null).orElseThrow();
        assertThat(atual.versao()).isEqualTo(4);
        assertThat(atual.validaAte()).isEqualTo(VALIDADE.plusYears(2));
        assertThat(versoes.versao("l1", 5)).isEmpty();
        assertThat(versoes.versao("outra", null)).isEmpty();
    }
}
