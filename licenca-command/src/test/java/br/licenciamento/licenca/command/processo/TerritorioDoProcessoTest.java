package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.*;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada;
import br.licenciamento.api.territorio.AnaliseTerritorialRealizada.MotivoDaAnalise;
import br.licenciamento.api.territorio.AnuenciaRegistrada;
import br.licenciamento.api.territorio.ArquivarPorIncompetencia;
import br.licenciamento.api.territorio.DefinirLocalizacaoDoEmpreendimento;
import br.licenciamento.api.territorio.LocalizacaoDoEmpreendimentoDefinida;
import br.licenciamento.api.territorio.ReanalisarTerritorio;
import br.licenciamento.api.territorio.RegistrarAnuencia;
import br.licenciamento.licenca.command.catalogo.CatalogoPadrao;
import br.licenciamento.licenca.command.documento.DocumentosEmMemoria;
import br.licenciamento.licenca.command.territorio.AnaliseTerritorial;
import br.licenciamento.licenca.command.territorio.CamadasDeTeste;
import br.licenciamento.licenca.command.territorio.GeoJson;
import br.licenciamento.licenca.command.territorio.IndiceDasCamadas;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static br.licenciamento.licenca.command.Recusas.recusa;
import static br.licenciamento.licenca.command.territorio.CamadasDeTeste.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The enterprise's location in the process (issue 25): filing, correction, consents, competence and re-analysis. */
class TerritorioDoProcessoTest {

    private static final String ID = "processo-1";
    private static final Instant PROTOCOLO = Instant.parse("2026-03-02T13:00:00Z");
    private static final LocalDate DIA = LocalDate.of(2026, 3, 2);

    private AggregateTestFixture<ProcessoLicenciamento> fixture;
    private IndiceDasCamadas camadas;
    private AnaliseTerritorial analise;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
        fixture.registerInjectableResource(new RelogioDeTeste(PROTOCOLO));
        fixture.registerInjectableResource(new CatalogoPadrao());
        fixture.registerInjectableResource((NumeracaoDeProtocolo) agora -> "2026/000001");
        fixture.registerInjectableResource((br.licenciamento.licenca.command.vigencia.LicencasAnteriores) id -> Optional.empty());
        fixture.registerInjectableResource(new DocumentosEmMemoria(DIA));
        camadas = CamadasDeTeste.indice();
        analise = CamadasDeTeste.analise(camadas);
        fixture.registerInjectableResource(CamadasDeTeste.validacao(camadas));
        fixture.registerInjectableResource(analise);
    }

    @Test
    void protocoloComGeometria_localizacaoEAnaliseLogoAposOProtocolo() {
        fixture.givenNoPriorActivity()
                .when(protocolar(ponto(DENTRO_DA_UC_ESTADUAL), MUNICIPIO_SUL))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(ProcessoProtocolado.class)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(LocalizacaoDoEmpreendimentoDefinida.class)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(AnaliseTerritorialRealizada.class)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void protocoloForaDoMunicipio_recusado() {
        recusa(fixture.givenNoPriorActivity().when(protocolar(ponto(DENTRO_DA_UC_ESTADUAL), MUNICIPIO_NORTE)), "geometria-fora-do-municipio");
    }

    @Test
    void localizacaoInformadaDepois_analisadaComoLocalizacaoAlterada() {
        fixture.given(protocolado())
                .when(new DefinirLocalizacaoDoEmpreendimento(ID, ponto(SO_NA_APA)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.axonframework.test.matchers.Matchers.messageWithPayload(org.hamcrest.Matchers.instanceOf(LocalizacaoDoEmpreendimentoDefinida.class)),
                        org.axonframework.test.matchers.Matchers.messageWithPayload(analise(MotivoDaAnalise.LOCALIZACAO_ALTERADA)),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    @Test
    void correcaoDepoisDoEnquadramento_recusada() {
        recusa(fixture.given(protocolado(), localizado(DENTRO_DA_UC_ESTADUAL), enquadrado())
                .when(new DefinirLocalizacaoDoEmpreendimento(ID, ponto(SO_NA_APA))), "localizacao-apos-enquadramento");
    }

    @Test
    void semLocalizacao_podeSerInformadaMesmoDepoisDoEnquadramento() {
        fixture.given(protocolado(), enquadrado())
                .when(new DefinirLocalizacaoDoEmpreendimento(ID, ponto(SO_NA_APA)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void autorizacaoDoGestorPendente_impedeODeferimento() {
        recusa(fixture.given(emAnalise(localizado(DENTRO_DA_UC_ESTADUAL), analisado(DENTRO_DA_UC_ESTADUAL)))
                .when(deferir()), "anuencia-pendente");
    }

    @Test
    void autorizacaoRegistrada_liberaODeferimento() {
        List<Object> eventos = emAnalise(localizado(DENTRO_DA_UC_ESTADUAL), analisado(DENTRO_DA_UC_ESTADUAL),
                new AnuenciaRegistrada(ID, "pe-serra", "Ofício 12/2026 do gestor", "gestor", PROTOCOLO));
        fixture.given(eventos).when(deferir()).expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(org.hamcrest.Matchers.instanceOf(ProcessoDeferido.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void registroDaAnuencia() {
        fixture.given(emAnalise(localizado(DENTRO_DA_UC_ESTADUAL), analisado(DENTRO_DA_UC_ESTADUAL)))
                .when(new RegistrarAnuencia(ID, "pe-serra", "Ofício 12/2026"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AnuenciaRegistrada(ID, "pe-serra", "Ofício 12/2026", "anonimo", PROTOCOLO));
    }

    @Test
    void anuenciaNaoExigidaOuRepetida_recusada() {
        recusa(fixture.given(emAnalise(localizado(DENTRO_DA_UC_ESTADUAL), analisado(DENTRO_DA_UC_ESTADUAL)))
                .when(new RegistrarAnuencia(ID, "apa-rio", "Ofício")), "anuencia-nao-exigida");
        recusa(fixture.given(emAnalise(localizado(DENTRO_DA_UC_ESTADUAL), analisado(DENTRO_DA_UC_ESTADUAL),
                        new AnuenciaRegistrada(ID, "pe-serra", "Ofício", "gestor", PROTOCOLO)))
                .when(new RegistrarAnuencia(ID, "pe-serra", "Outro ofício")), "anuencia-ja-registrada");
        recusa(fixture.given(emAnalise(localizado(DENTRO_DA_UC_ESTADUAL), analisado(DENTRO_DA_UC_ESTADUAL)))
                .when(new RegistrarAnuencia(ID, "pe-serra", " ")), "fundamentacao-obrigatoria");
    }

    @Test
    void orgaoNaoCompetente_naoDefereEPodeArquivar() {
        recusa(fixture.given(emAnalise(localizado(DENTRO_DA_TERRA_INDIGENA), analisado(DENTRO_DA_TERRA_INDIGENA)))
                .when(deferir()), "orgao-nao-competente");
        fixture.given(emAnalise(localizado(DENTRO_DA_TERRA_INDIGENA), analisado(DENTRO_DA_TERRA_INDIGENA)))
                .when(new ArquivarPorIncompetencia(ID, null, null))
                .expectEvents(new ProcessoArquivado(ID, MotivoDeArquivamento.ORGAO_NAO_COMPETENTE,
                        "Órgão não competente para o licenciamento (regra lc140-art7-terra-indigena, LC 140/2011).", DIA, false));
    }

    @Test
    void arquivamentoPorIncompetenciaSemAnaliseQueADiga_recusado() {
        recusa(fixture.given(emAnalise(localizado(SO_NA_APA), analisado(SO_NA_APA)))
                .when(new ArquivarPorIncompetencia(ID, null, null)), "arquivamento-por-incompetencia-sem-analise");
    }

    @Test
    void camadaAlterada_reanalisaComAsNovasVersoes() {
        camadas.substituir(ucs(2, feicao("ucs", 2, br.licenciamento.api.territorio.TipoDeCamada.UNIDADE_DE_CONSERVACAO,
                "pe-novo", "Parque Estadual Novo", br.licenciamento.api.territorio.Esfera.ESTADUAL, "PE", null, null, null,
                quadrado(-45.05, -19.95, -45.0, -19.85))));
        fixture.given(emAnalise(localizado(LONGE_DE_TUDO), analisado(LONGE_DE_TUDO)))
                .when(new ReanalisarTerritorio(ID, "ucs", 2))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(analise(MotivoDaAnalise.CAMADA_ALTERADA),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void reanaliseDeProcessoSemLocalizacao_nadaAcontece() {
        fixture.given(protocolado()).when(new ReanalisarTerritorio(ID, "ucs", 2)).expectNoEvents();
    }

    // ---- helpers

    private static ProtocolarProcesso protocolar(String geometria, String municipio) {
        return new ProtocolarProcesso(ID, "pessoa-1", "empreendimento-1", "Ceramica Vale Verde", "2342-7/02", municipio, null,
                TipoLicenca.LP, null, geometria);
    }

    private static ProcessoProtocolado protocolado() {
        return new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "empreendimento-1", "Ceramica Vale Verde", "2342-7/02",
                "3199999", null, TipoLicenca.LP, null, RegimeJuridico.LEI_15190, PROTOCOLO, 1);
    }

    private static LocalizacaoDoEmpreendimentoDefinida localizado(double[] ponto) {
        return new LocalizacaoDoEmpreendimentoDefinida(ID, ponto(ponto), "3199999", PROTOCOLO);
    }

    private AnaliseTerritorialRealizada analisado(double[] ponto) {
        return analise.analisar(ID, GeoJson.ler(ponto(ponto), "geometria"), MotivoDaAnalise.PROTOCOLO, null,
                br.licenciamento.licenca.command.catalogo.RegraDeCompetencia.PADRAO, PROTOCOLO);
    }

    private static ProcessoEnquadrado enquadrado() {
        return new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), DIA.plusMonths(6));
    }

    /** Filed, located and analysed ({@code territorio}), classified, paid, admitted and with a favourable opinion. */
    private static List<Object> emAnalise(Object... territorio) {
        List<Object> eventos = new ArrayList<>();
        eventos.add(protocolado());
        eventos.addAll(List.of(territorio));
        eventos.addAll(List.of(enquadrado(),
                new GuiaDeTaxaEmitida(ID, "guia-1", new BigDecimal("1250.00"), MeioDePagamento.PIX, DIA.plusDays(10)),
                new PagamentoConfirmado(ID, "guia-1", DIA), new ProcessoAdmitido(ID, DIA),
                new ParecerEmitido(ID, "p-1", TipoDeParecer.TECNICO, true, "Parecer", DIA)));
        // An AnuenciaRegistrada given among the territory events must come after the analysis: keep the order given.
        return eventos;
    }

    private static DeferirProcesso deferir() {
        return new DeferirProcesso(ID, null, "licenca-1", 48, List.of(), "Parecer favoravel");
    }

    private static org.hamcrest.Matcher<Object> analise(MotivoDaAnalise motivo) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object evento) {
                return evento instanceof AnaliseTerritorialRealizada a && a.motivo() == motivo;
            }

            @Override
            public void describeTo(org.hamcrest.Description descricao) {
                descricao.appendText("AnaliseTerritorialRealizada por " + motivo);
            }
        };
    }
}
