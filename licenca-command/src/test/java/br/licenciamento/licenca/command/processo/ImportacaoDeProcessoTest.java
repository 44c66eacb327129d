package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.processo.*;
import br.licenciamento.licenca.command.catalogo.CatalogoPadrao;
import br.licenciamento.licenca.command.documento.DocumentosEmMemoria;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static br.licenciamento.licenca.command.Recusas.recusa;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules of bringing in a process from the agency's former system, one test per rule. */
class ImportacaoDeProcessoTest {

    private static final String NUMERO = "SEMAD-2025/000123";
    private static final String ID = HistoricoImportado.processoIdDe(NUMERO);
    /** 2 March 2026 in Brasilia: Lei 15.190 is in force since 4 February. */
    private static final Instant HOJE = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate ANTES_DA_LEI = LocalDate.of(2025, 6, 10);
    private static final ImportarProcesso.Enquadramento CLASSE_4 =
            new ImportarProcesso.Enquadramento(Porte.P, PotencialPoluidor.G, LocalDate.of(2025, 6, 20));

    private AggregateTestFixture<ProcessoLicenciamento> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
        fixture.registerInjectableResource(new RelogioDeTeste(HOJE));
        fixture.registerInjectableResource(new CatalogoPadrao());
        fixture.registerInjectableResource((NumeracaoDeProtocolo) agora -> "2026/000001");
        fixture.registerInjectableResource((br.licenciamento.licenca.command.vigencia.LicencasAnteriores) id -> Optional.empty());
        fixture.registerInjectableResource(new DocumentosEmMemoria(null));
    }

    @Test
    void regimeDoProtocoloOriginal_processoDe2025SegueOConama237ComPrazoContadoDoProtocolo() {
        fixture.givenNoPriorActivity()
                .when(importar(SituacaoProcesso.EM_ANALISE, ANTES_DA_LEI, null, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new ProcessoProtocolado(ID, NUMERO, "pessoa-1", ID, "Ceramica Vale Verde", "2342-7/02", "3106200",
                                null, TipoLicenca.LP, null, RegimeJuridico.CONAMA_237, Instant.parse("2025-06-10T03:00:00Z"), 1),
                        new ProcessoImportado(ID, NUMERO, "importacao-1", SituacaoProcesso.EM_ANALISE, HOJE),
                        new ProcessoEnquadrado(ID, Porte.P, PotencialPoluidor.G, 4, ModalidadeDeLicenciamento.TRIFASICO,
                                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"),
                                LocalDate.of(2025, 12, 10)),
                        new ProcessoAdmitido(ID, LocalDate.of(2025, 6, 20)));
    }

    @Test
    void historicoImportadoNaoENoticia_todosOsEventosLevamAImportacaoNosMetadados() {
        fixture.givenNoPriorActivity()
                .when(importar(SituacaoProcesso.EM_ANALISE, ANTES_DA_LEI, null, null, null))
                .expectEventsMatching(new org.hamcrest.TypeSafeMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> eventos) {
                        return eventos.size() == 4 && eventos.stream().allMatch(e -> "importacao-1".equals(
                                ((EventMessage<?>) e).getMetaData().get(ChavesDeMetadados.IMPORTACAO)));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description descricao) {
                        descricao.appendText("eventos marcados com a importacao");
                    }
                });
    }

    @Test
    void complementacaoAtendida_prazoDeAnaliseAndaOsDiasEsperados() {
        var complementacao = new ImportarProcesso.Complementacao(LocalDate.of(2025, 8, 1), List.of("Outorga de agua"),
                LocalDate.of(2025, 9, 15));
        fixture.givenNoPriorActivity()
                .when(importar(SituacaoProcesso.EM_ANALISE, ANTES_DA_LEI, complementacao, null, null))
                .expectEvents(
                        new ProcessoProtocolado(ID, NUMERO, "pessoa-1", ID, "Ceramica Vale Verde", "2342-7/02", "3106200",
                                null, TipoLicenca.LP, null, RegimeJuridico.CONAMA_237, Instant.parse("2025-06-10T03:00:00Z"), 1),
                        new ProcessoImportado(ID, NUMERO, "importacao-1", SituacaoProcesso.EM_ANALISE, HOJE),
                        new ProcessoEnquadrado(ID, Porte.P, PotencialPoluidor.G, 4, ModalidadeDeLicenciamento.TRIFASICO,
                                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), LocalDate.of(2025, 12, 10)),
                        new ProcessoAdmitido(ID, LocalDate.of(2025, 6, 20)),
                        new ComplementacaoSolicitada(ID, ID + "-complementacao-1", List.of("Outorga de agua"), null,
                                LocalDate.of(2025, 8, 1), LocalDate.of(2025, 12, 1)),
                        new ComplementacaoAtendida(ID, ID + "-complementacao-1", List.of(), "Atendida no sistema anterior.",
                                LocalDate.of(2025, 9, 15), 45, LocalDate.of(2026, 1, 24)));
    }

    @Test
    void validadeForaDaFaixa_aLicencaImportadaRespeitaAFaixaDoSeuRegime() {
        // Two years of LP: inside CONAMA 237's range (up to 5 years), outside Lei 15.190's (3 to 6 years).
        var doisAnos = new ImportarProcesso.LicencaLegada("LP-77/2026", LocalDate.of(2026, 2, 20), LocalDate.of(2028, 2, 20),
                "Parecer favoravel", List.of());
        recusa(fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.DEFERIDO, LocalDate.of(2026, 2, 5), null,
                doisAnos, null)), "validade-fora-da-faixa");
        var doisAnosAntes = new ImportarProcesso.LicencaLegada("LP-77/2025", LocalDate.of(2025, 7, 1),
                LocalDate.of(2027, 7, 1), "Parecer favoravel", List.of());
        fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.DEFERIDO, ANTES_DA_LEI, null, doisAnosAntes, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void licencaImportadaGuardaONumeroOriginal() {
        var licenca = new ImportarProcesso.LicencaLegada("LP-77/2025", LocalDate.of(2025, 7, 1), LocalDate.of(2027, 7, 1),
                "Parecer favoravel", List.of(new ImportarProcesso.Condicionante("Relatorio anual", LocalDate.of(2026, 7, 1))));
        var resultado = fixture.givenNoPriorActivity()
                .when(importar(SituacaoProcesso.DEFERIDO, ANTES_DA_LEI, null, licenca, null))
                .expectSuccessfulHandlerExecution();
        resultado.expectState(processo -> assertThat(processo).extracting("andamento.situacao").isEqualTo(SituacaoProcesso.DEFERIDO));
        resultado.expectEventsMatching(new org.hamcrest.TypeSafeMatcher<List<? super EventMessage<?>>>() {
            @Override
            protected boolean matchesSafely(List<? super EventMessage<?>> eventos) {
                return ((EventMessage<?>) eventos.get(eventos.size() - 1)).getPayload() instanceof ProcessoDeferido deferido
                        && "LP-77/2025".equals(deferido.numeroDaLicenca())
                        && deferido.deferidoEm().equals(LocalDate.of(2025, 7, 1))
                        && deferido.prazoRecursoAte().equals(LocalDate.of(2025, 7, 11))
                        && deferido.condicionantes().size() == 1;
            }

            @Override
            public void describeTo(org.hamcrest.Description descricao) {
                descricao.appendText("deferimento com o numero e as datas originais");
            }
        });
    }

    @Test
    void importacaoDataNoFuturo_umFatoImportadoNaoPodeSerDepoisDeHoje() {
        recusa(fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.PROTOCOLADO, LocalDate.of(2026, 3, 3), null,
                null, null)), "importacao-data-no-futuro");
    }

    @Test
    void importacaoDatasForaDeOrdem_cadaEtapaVemDepoisDaAnterior() {
        var antesDoEnquadramento = new ImportarProcesso.Complementacao(LocalDate.of(2025, 6, 15), List.of("Outorga"), null);
        recusa(fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.AGUARDANDO_COMPLEMENTACAO, ANTES_DA_LEI,
                antesDoEnquadramento, null, null)), "importacao-datas-fora-de-ordem");
    }

    @Test
    void importacaoHistoricoIncompleto_deferidoSemLicencaERecusado() {
        recusa(fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.DEFERIDO, ANTES_DA_LEI, null, null, null)),
                "importacao-historico-incompleto");
    }

    @Test
    void importacaoHistoricoIncoerente_licencaEmProcessoAindaEmAnaliseERecusada() {
        var licenca = new ImportarProcesso.LicencaLegada("LP-1/2025", LocalDate.of(2025, 7, 1), LocalDate.of(2027, 7, 1),
                null, List.of());
        recusa(fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.EM_ANALISE, ANTES_DA_LEI, null, licenca, null)),
                "importacao-historico-incoerente");
    }

    @Test
    void importacaoSituacaoNaoSuportada_processoAguardandoPagamentoEntraComoProtocolado() {
        recusa(fixture.givenNoPriorActivity().when(importar(SituacaoProcesso.AGUARDANDO_PAGAMENTO, ANTES_DA_LEI, null, null,
                null)), "importacao-situacao-nao-suportada");
    }

    @Test
    void tipoIncompativelComProcedimento_valeTambemParaOEnquadramentoImportado() {
        ImportarProcesso comando = importar(SituacaoProcesso.EM_ANALISE, ANTES_DA_LEI, null, null, null);
        ImportarProcesso lau = new ImportarProcesso(comando.processoId(), NUMERO, "importacao-1", ANTES_DA_LEI,
                TipoLicenca.LAU, "pessoa-1", null, "Ceramica Vale Verde", "2342-7/02", "3106200",
                SituacaoProcesso.EM_ANALISE, CLASSE_4, null, null, null, null, null);
        recusa(fixture.givenNoPriorActivity().when(lau), "tipo-incompativel-com-procedimento");
    }

    @Test
    void processoImportadoSegueNaPlataforma_complementacaoPedidaAquiContaNoRegimeOriginal() {
        fixture.givenCommands(importar(SituacaoProcesso.EM_ANALISE, ANTES_DA_LEI, null, null, null))
                .when(new SolicitarComplementacao(ID, null, "complementacao-2", List.of("Plano de controle"), null))
                .expectEvents(new ComplementacaoSolicitada(ID, "complementacao-2", List.of("Plano de controle"), null,
                        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 7, 2)));
    }

    private static ImportarProcesso importar(SituacaoProcesso situacao, LocalDate protocoladoEm,
                                             ImportarProcesso.Complementacao complementacao,
                                             ImportarProcesso.LicencaLegada licenca, ImportarProcesso.Arquivamento arquivamento) {
        return new ImportarProcesso(ID, NUMERO, "importacao-1", protocoladoEm, TipoLicenca.LP, "pessoa-1", null,
                "Ceramica Vale Verde", "2342-7/02", "3106200", situacao,
                situacao == SituacaoProcesso.PROTOCOLADO ? null
                        : new ImportarProcesso.Enquadramento(Porte.P, PotencialPoluidor.G, protocoladoEm.plusDays(10)), null, complementacao, licenca, null, arquivamento);
    }
}
