package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.platform.teste.RelogioDeTeste;
import br.licenciamento.api.licenca.*;
import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.command.catalogo.CatalogoPadrao;
import br.licenciamento.licenca.command.documento.DocumentosEmMemoria;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static br.licenciamento.licenca.command.Recusas.recusa;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per rule of the licence's life, named after the rule. */
class LicencaTest {

    private static final String ID = "licenca-1";
    private static final LocalDate EMISSAO = LocalDate.of(2026, 3, 2);
    private static final LocalDate VALIDADE = EMISSAO.plusYears(5);
    private static final CondicionanteDefinida MONITORAMENTO =
            new CondicionanteDefinida("cond-1", "Monitorar efluentes semestralmente", EMISSAO.plusMonths(6));

    private AggregateTestFixture<Licenca> fixture;
    private RelogioDeTeste relogio;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Licenca.class);
        relogio = new RelogioDeTeste(Instant.parse("2026-03-02T13:00:00Z"));
        fixture.registerInjectableResource(relogio);
        fixture.registerInjectableResource(new CatalogoPadrao());
        fixture.registerInjectableResource(new DocumentosEmMemoria(null).deOutroProcesso("alheio-1"));
        fixture.registerInjectableResource(new NumeracaoDeLicenca() {
            @Override
            public String proximo(TipoLicenca tipo, LocalDate emissao) {
                return "LO-2026/000001-" + NumeracaoDeLicenca.digitoVerificador("2026000001");
            }

            @Override
            public String codigoDeAutenticidade() {
                return "ABCD-EFGH-JKMN-PQRS";
            }
        });
    }

    @Test
    void emissaoComNumeroVerificavelECodigoDeAutenticidade() {
        fixture.givenNoPriorActivity()
                .when(new EmitirLicenca(ID, "processo-1", "pessoa-1", "emp-1", "Ceramica", TipoLicenca.LO,
                        RegimeJuridico.LEI_15190, VALIDADE, List.of(MONITORAMENTO), null, null))
                .expectEvents(emitida());
        assertThat(NumeracaoDeLicenca.digitoVerificador("2026000001")).isBetween(0, 9);
        assertThat(NumeracaoDeLicenca.digitoVerificador("2026000001"))
                .isNotEqualTo(NumeracaoDeLicenca.digitoVerificador("2026000010"));
    }

    @Test
    void renovacaoCom120DiasDeAntecedencia_prorrogaALicencaAteADecisao() {
        relogio.ajustar(Instant.parse("2030-11-02T13:00:00Z")); // 120 days before 2031-03-02
        fixture.given(emitida())
                .when(new SolicitarRenovacao(ID, 0L, "Operacao continua"))
                .expectResultMessagePayload(1L)
                .expectEvents(new RenovacaoSolicitada(ID, "Operacao continua", LocalDate.of(2030, 11, 2), 120, true));
    }

    @Test
    void renovacaoCom120DiasDeAntecedencia_pedidaDentroDos120DiasNaoProrroga() {
        relogio.ajustar(Instant.parse("2030-11-03T13:00:00Z")); // 119 days before expiry
        fixture.given(emitida())
                .when(new SolicitarRenovacao(ID, null, "Atrasado"))
                .expectEvents(new RenovacaoSolicitada(ID, "Atrasado", LocalDate.of(2030, 11, 3), 119, false));
    }

    @Test
    void licencaVencida_renovacaoDepoisDoVencimentoERecusada() {
        relogio.ajustar(Instant.parse("2031-03-03T13:00:00Z"));
        recusa(fixture.given(emitida()).when(new SolicitarRenovacao(ID, null, "Tarde demais")), "licenca-vencida");
    }

    @Test
    void licencaProrrogadaAteDecisao_naoVenceEnquantoARenovacaoTempestivaNaoEDecidida() {
        relogio.ajustar(Instant.parse("2031-04-01T13:00:00Z"));
        RenovacaoSolicitada tempestiva = new RenovacaoSolicitada(ID, "ok", LocalDate.of(2030, 10, 1), 152, true);
        recusa(fixture.given(emitida(), tempestiva).when(new RegistrarVencimento(ID)), "licenca-prorrogada-ate-decisao");
        RenovacaoSolicitada tardia = new RenovacaoSolicitada(ID, "ok", LocalDate.of(2031, 1, 1), 60, false);
        fixture.given(emitida(), tardia)
                .when(new RegistrarVencimento(ID))
                .expectEvents(new LicencaVencida(ID, VALIDADE, LocalDate.of(2031, 4, 1)));
    }

    @Test
    void licencaAindaValida_vencimentoAntesDoFimDaValidadeERecusado() {
        recusa(fixture.given(emitida()).when(new RegistrarVencimento(ID)), "licenca-ainda-valida");
    }

    @Test
    void validadeForaDaFaixa_renovacaoDeLoAlemDe10AnosERecusada() {
        RenovacaoSolicitada pedido = new RenovacaoSolicitada(ID, "ok", EMISSAO, 1826, true);
        recusa(fixture.given(emitida(), pedido).when(new DecidirRenovacao(ID, null, true, 121, "ok")), "validade-fora-da-faixa");
        fixture.given(emitida(), pedido)
                .when(new DecidirRenovacao(ID, null, true, 120, "Desempenho ambiental adequado"))
                .expectEvents(new LicencaRenovada(ID, EMISSAO, EMISSAO.plusMonths(120), "Desempenho ambiental adequado"));
    }

    @Test
    void renovacaoNaoSolicitada_decisaoSemPedidoERecusada() {
        recusa(fixture.given(emitida()).when(new DecidirRenovacao(ID, null, true, 60, "ok")), "renovacao-nao-solicitada");
    }

    @Test
    void condicionantesSeguemExigiveisDepoisDaSuspensao() {
        fixture.given(emitida())
                .when(new SuspenderLicenca(ID, null, MotivoDeSancao.DESCUMPRIMENTO_DE_CONDICIONANTE, "Efluente fora do padrao"))
                .expectEvents(new LicencaSuspensa(ID, MotivoDeSancao.DESCUMPRIMENTO_DE_CONDICIONANTE, "Efluente fora do padrao",
                        EMISSAO, List.of("cond-1")));
        LicencaSuspensa suspensa = new LicencaSuspensa(ID, MotivoDeSancao.DESCUMPRIMENTO_DE_CONDICIONANTE, "x", EMISSAO, List.of("cond-1"));
        fixture.given(emitida(), suspensa)
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", "doc-1", "Analises"))
                .expectEvents(new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises", EMISSAO, true));
        recusa(fixture.given(emitida(), suspensa).when(new SolicitarRenovacao(ID, null, "x")), "licenca-nao-vigente");
    }

    @Test
    void condicionantesSeguemExigiveisDepoisDoCancelamento() {
        LicencaCancelada cancelada = new LicencaCancelada(ID, MotivoDeSancao.INFORMACAO_FALSA_OU_OMITIDA, "Laudo falso", EMISSAO,
                List.of("cond-1"));
        fixture.given(emitida())
                .when(new CancelarLicenca(ID, null, MotivoDeSancao.INFORMACAO_FALSA_OU_OMITIDA, "Laudo falso"))
                .expectEvents(cancelada);
        fixture.given(emitida(), cancelada)
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", "doc-1", "Analises"))
                .expectSuccessfulHandlerExecution();
        recusa(fixture.given(emitida(), cancelada)
                .when(new CancelarLicenca(ID, null, MotivoDeSancao.INFORMACAO_FALSA_OU_OMITIDA, "de novo")), "licenca-cancelada");
    }

    @Test
    void fundamentacaoObrigatoria_suspensaoSemFundamentosERecusada() {
        recusa(fixture.given(emitida()).when(new SuspenderLicenca(ID, null, MotivoDeSancao.RISCO_AMBIENTAL_OU_A_SAUDE, " ")),
                "fundamentacao-obrigatoria");
    }

    @Test
    void relatorioDeCondicionante_foraDoPrazoFicaRegistradoComoAtrasado() {
        relogio.ajustar(Instant.parse("2026-09-03T13:00:00Z"));
        fixture.given(emitida())
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", "doc-1", "Analises"))
                .expectEvents(new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises",
                        LocalDate.of(2026, 9, 3), false));
        recusa(fixture.given(emitida())
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-x", "rel-1", "doc-1", "?")), "condicionante-inexistente");
        recusa(fixture.given(emitida())
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", "alheio-1", "?")), "documento-de-outro-processo");
    }

    @Test
    void relatorioAprovadoCumpreACondicionante() {
        RelatorioDeCondicionanteApresentado relatorio =
                new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises", EMISSAO, true);
        fixture.given(emitida(), relatorio)
                .when(new AvaliarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", true, "Conforme"))
                .expectEvents(new RelatorioDeCondicionanteAvaliado(ID, "cond-1", "rel-1", true, "Conforme", EMISSAO));
        RelatorioDeCondicionanteAvaliado aprovado = new RelatorioDeCondicionanteAvaliado(ID, "cond-1", "rel-1", true, "ok", EMISSAO);
        recusa(fixture.given(emitida(), relatorio, aprovado)
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-1", "rel-2", "doc-2", "x")), "condicionante-ja-cumprida");
        recusa(fixture.given(emitida(), relatorio)
                .when(new AvaliarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", false, "")), "fundamentacao-obrigatoria");
        recusa(fixture.given(emitida())
                .when(new AvaliarRelatorioDeCondicionante(ID, null, "cond-1", "rel-9", true, "ok")), "relatorio-inexistente");
    }

    @Test
    void alteracaoDeCondicionanteComFundamentosAbrePrazoDeRecursoDe30Dias() {
        fixture.given(emitida())
                .when(new AlterarCondicionante(ID, null, "cond-1", "Monitorar efluentes trimestralmente", EMISSAO.plusMonths(3),
                        "Carga organica acima do previsto"))
                .expectEvents(new CondicionanteAlterada(ID, "cond-1", "Monitorar efluentes trimestralmente", EMISSAO.plusMonths(3),
                        "Carga organica acima do previsto", EMISSAO, EMISSAO.plusDays(30)));
        recusa(fixture.given(emitida())
                .when(new AlterarCondicionante(ID, null, "cond-1", "x", EMISSAO.plusMonths(3), " ")), "fundamentacao-obrigatoria");
        // The changed due date is the one a report is measured against.
        CondicionanteAlterada antecipada = new CondicionanteAlterada(ID, "cond-1", "x", EMISSAO.plusMonths(1), "y", EMISSAO,
                EMISSAO.plusDays(30));
        relogio.ajustar(Instant.parse("2026-05-03T13:00:00Z"));
        fixture.given(emitida(), antecipada)
                .when(new ApresentarRelatorioDeCondicionante(ID, null, "cond-1", "rel-1", "doc-1", "Analises"))
                .expectEvents(new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1", "doc-1", "Analises",
                        LocalDate.of(2026, 5, 3), false));
    }

    private static LicencaEmitida emitida() {
        return new LicencaEmitida(ID, "LO-2026/000001-" + NumeracaoDeLicenca.digitoVerificador("2026000001"), "ABCD-EFGH-JKMN-PQRS",
                "processo-1", "pessoa-1", "emp-1", "Ceramica", TipoLicenca.LO, RegimeJuridico.LEI_15190, EMISSAO, VALIDADE,
                List.of(MONITORAMENTO));
    }
}
