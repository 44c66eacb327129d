package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.PublicarVersaoDoCatalogo;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.catalogo.VersaoDoCatalogoPublicada;
import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static br.licenciamento.api.catalogo.PublicarVersaoDoCatalogo.CATALOGO;
import static br.licenciamento.licenca.command.Recusas.recusa;

/** One test per rule of publishing a catalogue version, named after the rule; a refused version changes nothing. */
class VersoesDoCatalogoTest {

    /** 4 December 2026, 10:00 in Brasilia. */
    private static final Instant AGORA = Instant.parse("2026-12-04T13:00:00Z");
    private static final LocalDate HOJE = LocalDate.of(2026, 12, 4);
    private static final Map<String, Object> ADMIN = Map.of(ChavesDeMetadados.USUARIO, "admin");
    private static final ConteudoDoCatalogo PADRAO = RegrasEmMemoria.conteudoDe(new CatalogoPadrao());

    private AggregateTestFixture<VersoesDoCatalogo> fixture;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(VersoesDoCatalogo.class);
        fixture.registerInjectableResource(new RelogioDeTeste(AGORA));
    }

    // ---- publishing and numbering

    @Test
    void primeiraVersaoPublicadaEaDois_comAutorEInstante() {
        ConteudoDoCatalogo conteudo = comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LP, false, 5);
        fixture.givenNoPriorActivity()
                .when(publicar(HOJE.plusDays(1), conteudo), ADMIN)
                .expectResultMessagePayload(2)
                .expectEvents(new VersaoDoCatalogoPublicada(CATALOGO, 2, HOJE.plusDays(1), conteudo, "admin", AGORA));
    }

    @Test
    void versaoVigenteHojeEAceita_eASeguinteRecebeONumeroSeguinte() {
        fixture.given(publicada(2, HOJE.minusDays(30)))
                .when(publicar(HOJE, PADRAO), ADMIN)
                .expectEvents(new VersaoDoCatalogoPublicada(CATALOGO, 3, HOJE, PADRAO, "admin", AGORA));
    }

    // ---- effective date

    @Test
    void catalogoVigenciaNoPassado_ontemERecusado() {
        recusa(fixture.givenNoPriorActivity().when(publicar(HOJE.minusDays(1), PADRAO), ADMIN), "catalogo-vigencia-no-passado");
    }

    @Test
    void catalogoVigenciaNoPassado_semDataERecusado() {
        recusa(fixture.givenNoPriorActivity().when(publicar(null, PADRAO), ADMIN), "catalogo-vigencia-no-passado");
    }

    @Test
    void catalogoVigenciaSobreposta_mesmoDiaDeUmaVersaoPendenteERecusado() {
        recusa(fixture.given(publicada(2, HOJE.plusDays(10))).when(publicar(HOJE.plusDays(10), PADRAO), ADMIN),
                "catalogo-vigencia-sobreposta");
    }

    @Test
    void catalogoVigenciaSobreposta_antesDeUmaVersaoPendenteERecusado() {
        recusa(fixture.given(publicada(2, HOJE.plusDays(10))).when(publicar(HOJE.plusDays(3), PADRAO), ADMIN),
                "catalogo-vigencia-sobreposta");
    }

    @Test
    void catalogoVigenciaSobreposta_depoisDaVersaoPendenteEAceito() {
        fixture.given(publicada(2, HOJE.plusDays(10)))
                .when(publicar(HOJE.plusDays(11), PADRAO), ADMIN)
                .expectResultMessagePayload(3);
    }

    // ---- legal limits

    @Test
    void prazoDeAnaliseAcimaDoLegal_lei15190LpSemEiaAte6Meses() {
        recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LP, false, 7)), "prazo-de-analise-acima-do-legal");
    }

    @Test
    void prazoDeAnaliseAcimaDoLegal_lei15190LpComEiaAte10Meses() {
        recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LP, true, 11)), "prazo-de-analise-acima-do-legal");
    }

    @Test
    void prazoDeAnaliseAcimaDoLegal_lei15190LiLoLocLauAte3Meses() {
        for (TipoLicenca tipo : List.of(TipoLicenca.LI, TipoLicenca.LO, TipoLicenca.LOC, TipoLicenca.LAU)) {
            recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, tipo, false, 4)), "prazo-de-analise-acima-do-legal");
        }
    }

    @Test
    void prazoDeAnaliseAcimaDoLegal_lei15190BifasicoSemEiaAte4Meses() {
        recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LP_LI, false, 5)), "prazo-de-analise-acima-do-legal");
        recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LI_LO, false, 5)), "prazo-de-analise-acima-do-legal");
    }

    @Test
    void prazoDeAnaliseAcimaDoLegal_lei15190LaeAte12Meses() {
        recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LAE, false, 13)), "prazo-de-analise-acima-do-legal");
    }

    @Test
    void prazoDeAnaliseAcimaDoLegal_conama237Ate6MesesE12ComEia() {
        recusa(publicando(comPrazo(RegimeJuridico.CONAMA_237, TipoLicenca.LO, false, 7)), "prazo-de-analise-acima-do-legal");
        recusa(publicando(comPrazo(RegimeJuridico.CONAMA_237, TipoLicenca.LP, true, 13)), "prazo-de-analise-acima-do-legal");
    }

    @Test
    void prazoDeAnaliseAcimaDoLegal_prazoMaisCurtoQueOLegalEAceito() {
        fixture.givenNoPriorActivity()
                .when(publicar(HOJE, comPrazo(RegimeJuridico.CONAMA_237, TipoLicenca.LP, true, 8)), ADMIN)
                .expectResultMessagePayload(2);
    }

    @Test
    void prazoDeAnaliseNaoPositivo_zeroSoParaLac() {
        recusa(publicando(comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LI, false, 0)), "prazo-de-analise-nao-positivo");
        recusa(publicando(comPrazo(RegimeJuridico.CONAMA_237, TipoLicenca.LAC, false, -1)), "prazo-de-analise-nao-positivo");
    }

    @Test
    void validadeForaDaFaixaLegal_conama237LpAte5Anos() {
        recusa(publicando(comValidade(RegimeJuridico.CONAMA_237, TipoLicenca.LP, 1, 61)), "validade-fora-da-faixa-legal");
    }

    @Test
    void validadeForaDaFaixaLegal_conama237LiAte6Anos() {
        recusa(publicando(comValidade(RegimeJuridico.CONAMA_237, TipoLicenca.LI, 1, 73)), "validade-fora-da-faixa-legal");
    }

    @Test
    void validadeForaDaFaixaLegal_conama237LoDe4a10Anos() {
        recusa(publicando(comValidade(RegimeJuridico.CONAMA_237, TipoLicenca.LO, 47, 120)), "validade-fora-da-faixa-legal");
        recusa(publicando(comValidade(RegimeJuridico.CONAMA_237, TipoLicenca.LO, 48, 121)), "validade-fora-da-faixa-legal");
    }

    @Test
    void validadeForaDaFaixaLegal_lei15190LpLiDe3a6Anos() {
        recusa(publicando(comValidade(RegimeJuridico.LEI_15190, TipoLicenca.LP, 24, 72)), "validade-fora-da-faixa-legal");
        recusa(publicando(comValidade(RegimeJuridico.LEI_15190, TipoLicenca.LP_LI, 36, 96)), "validade-fora-da-faixa-legal");
    }

    @Test
    void validadeForaDaFaixaLegal_lei15190LoDe5a10Anos() {
        recusa(publicando(comValidade(RegimeJuridico.LEI_15190, TipoLicenca.LO, 48, 120)), "validade-fora-da-faixa-legal");
        recusa(publicando(comValidade(RegimeJuridico.LEI_15190, TipoLicenca.LAC, 60, 121)), "validade-fora-da-faixa-legal");
    }

    @Test
    void validadeForaDaFaixaLegal_faixaMaisEstreitaEAceita() {
        fixture.givenNoPriorActivity()
                .when(publicar(HOJE, comValidade(RegimeJuridico.LEI_15190, TipoLicenca.LO, 72, 96)), ADMIN)
                .expectResultMessagePayload(2);
    }

    @Test
    void validadeFaixaInvalida_minimoAcimaDoMaximoOuNaoPositivo() {
        recusa(publicando(comValidade(RegimeJuridico.LEI_15190, TipoLicenca.LO, 100, 80)), "validade-faixa-invalida");
        recusa(publicando(comValidade(RegimeJuridico.CONAMA_237, TipoLicenca.LP, 0, 60)), "validade-faixa-invalida");
    }

    @Test
    void parametroNaoPositivo_prazoDeRecursoZeroERecusado() {
        recusa(publicando(comParametros(RegimeJuridico.CONAMA_237, p -> new ParametrosDoRegime(p.prazoComplementacaoMeses(),
                p.antecedenciaRenovacaoDias(), p.prorrogacaoAutomatica(), p.prazoAdmissibilidadeDias(), 0,
                p.prazoJulgamentoRecursoDias(), p.prazoRecursoCondicionanteDias()))), "parametro-nao-positivo");
    }

    @Test
    void antecedenciaDeRenovacaoAcimaDoLegal_maisDe120Dias() {
        recusa(publicando(comParametros(RegimeJuridico.LEI_15190, p -> new ParametrosDoRegime(p.prazoComplementacaoMeses(),
                121, p.prorrogacaoAutomatica(), p.prazoAdmissibilidadeDias(), p.prazoRecursoDias(),
                p.prazoJulgamentoRecursoDias(), p.prazoRecursoCondicionanteDias()))), "antecedencia-de-renovacao-acima-do-legal");
    }

    @Test
    void prazoDeAdmissibilidadeAcimaDoLegal_lei15190Ate15Dias() {
        recusa(publicando(comParametros(RegimeJuridico.LEI_15190, p -> new ParametrosDoRegime(p.prazoComplementacaoMeses(),
                p.antecedenciaRenovacaoDias(), p.prorrogacaoAutomatica(), 16, p.prazoRecursoDias(),
                p.prazoJulgamentoRecursoDias(), p.prazoRecursoCondicionanteDias()))), "prazo-de-admissibilidade-acima-do-legal");
    }

    // ---- completeness

    @Test
    void catalogoIncompleto_semConteudoOuSemUmaSecao() {
        recusa(publicando(null), "catalogo-incompleto");
        recusa(publicando(new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), PADRAO.prazosDeAnalise(),
                PADRAO.validades(), List.of())), "catalogo-incompleto");
    }

    @Test
    void catalogoIncompleto_faltaUmaChave() {
        List<ConteudoDoCatalogo.PrazoDeAnalise> prazos = new ArrayList<>(PADRAO.prazosDeAnalise());
        prazos.remove(0);
        recusa(publicando(new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), prazos, PADRAO.validades(),
                PADRAO.parametros())), "catalogo-incompleto");
    }

    @Test
    void catalogoRegraDuplicada_mesmaChaveDuasVezes() {
        List<ConteudoDoCatalogo.Enquadramento> enquadramento = new ArrayList<>(PADRAO.enquadramento());
        enquadramento.add(new ConteudoDoCatalogo.Enquadramento(Porte.P, PotencialPoluidor.P, 2));
        recusa(publicando(new ConteudoDoCatalogo(enquadramento, PADRAO.procedimentos(), PADRAO.prazosDeAnalise(),
                PADRAO.validades(), PADRAO.parametros())), "catalogo-regra-duplicada");
    }

    @Test
    void enquadramentoClasseInvalida_classeForaDe1a6() {
        List<ConteudoDoCatalogo.Enquadramento> enquadramento = new ArrayList<>(PADRAO.enquadramento());
        enquadramento.set(0, new ConteudoDoCatalogo.Enquadramento(Porte.P, PotencialPoluidor.P, 7));
        recusa(publicando(new ConteudoDoCatalogo(enquadramento, PADRAO.procedimentos(), PADRAO.prazosDeAnalise(),
                PADRAO.validades(), PADRAO.parametros())), "enquadramento-classe-invalida");
    }

    @Test
    void procedimentoSemLicencas_eProcedimentoDocumentosInvalidos() {
        RegraDeProcedimento primeiro = PADRAO.procedimentos().get(0);
        List<RegraDeProcedimento> semTipos = new ArrayList<>(PADRAO.procedimentos());
        semTipos.set(0, new RegraDeProcedimento(1, primeiro.modalidade(), java.util.Set.of(), primeiro.estudos(),
                primeiro.documentosExigidos()));
        recusa(publicando(new ConteudoDoCatalogo(PADRAO.enquadramento(), semTipos, PADRAO.prazosDeAnalise(),
                PADRAO.validades(), PADRAO.parametros())), "procedimento-sem-licencas");
        List<RegraDeProcedimento> semDocumentos = new ArrayList<>(PADRAO.procedimentos());
        semDocumentos.set(0, new RegraDeProcedimento(1, primeiro.modalidade(), primeiro.tiposAdmitidos(), primeiro.estudos(),
                List.of(" ")));
        recusa(publicando(new ConteudoDoCatalogo(PADRAO.enquadramento(), semDocumentos, PADRAO.prazosDeAnalise(),
                PADRAO.validades(), PADRAO.parametros())), "procedimento-documentos-invalidos");
    }

    @Test
    void catalogoSemeadoRespeitaOsLimitesLegais() {
        fixture.givenNoPriorActivity().when(publicar(HOJE, PADRAO), ADMIN).expectResultMessagePayload(2);
    }

    private ResultValidator<VersoesDoCatalogo> publicando(ConteudoDoCatalogo conteudo) {
        return fixture.givenNoPriorActivity().when(publicar(HOJE.plusDays(1), conteudo), ADMIN);
    }

    private static PublicarVersaoDoCatalogo publicar(LocalDate vigenteDesde, ConteudoDoCatalogo conteudo) {
        return new PublicarVersaoDoCatalogo(CATALOGO, vigenteDesde, conteudo);
    }

    private static VersaoDoCatalogoPublicada publicada(int versao, LocalDate vigenteDesde) {
        return new VersaoDoCatalogoPublicada(CATALOGO, versao, vigenteDesde, PADRAO, "admin", AGORA.minusSeconds(86_400 * 40));
    }

    static ConteudoDoCatalogo comPrazo(RegimeJuridico regime, TipoLicenca tipo, boolean eia, int meses) {
        List<ConteudoDoCatalogo.PrazoDeAnalise> prazos = PADRAO.prazosDeAnalise().stream()
                .map(p -> p.regime() == regime && p.tipoLicenca() == tipo && p.comEiaRima() == eia
                        ? new ConteudoDoCatalogo.PrazoDeAnalise(regime, tipo, eia, meses) : p)
                .toList();
        return new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), prazos, PADRAO.validades(), PADRAO.parametros());
    }

    private static ConteudoDoCatalogo comValidade(RegimeJuridico regime, TipoLicenca tipo, int minimo, int maximo) {
        List<ConteudoDoCatalogo.Validade> validades = PADRAO.validades().stream()
                .map(v -> v.regime() == regime && v.tipoLicenca() == tipo ? new ConteudoDoCatalogo.Validade(regime, tipo, minimo, maximo) : v)
                .toList();
        return new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), PADRAO.prazosDeAnalise(), validades,
                PADRAO.parametros());
    }

    private static ConteudoDoCatalogo comParametros(RegimeJuridico regime, UnaryOperator<ParametrosDoRegime> alteracao) {
        List<ConteudoDoCatalogo.Parametros> parametros = PADRAO.parametros().stream()
                .map(p -> p.regime() == regime ? new ConteudoDoCatalogo.Parametros(regime, alteracao.apply(p.valores())) : p)
                .toList();
        return new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), PADRAO.prazosDeAnalise(),
                PADRAO.validades(), parametros);
    }
}
