package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.EnquadrarProcesso;
import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.Localizacao;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.ProcessoEnquadrado;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.command.catalogo.CatalogoPadrao;
import br.licenciamento.licenca.command.documento.DocumentosEmMemoria;
import br.licenciamento.licenca.command.vigencia.LicencasAnteriores;
import br.licenciamento.platform.teste.RelogioDeTeste;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rule "a process follows the catalogue version in force on its filing day": recorded at filing, and every later
 * read of the catalogue uses that version, whatever version is in force when the command arrives.
 */
class VersaoDoCatalogoNoProcessoTest {

    private static final String ID = "processo-1";
    private static final Localizacao PONTO = new Localizacao(-19.92, -43.94);
    /** 2 March 2026, 22:30 in Brasilia, already 3 March in UTC: the legal day is the 2nd. */
    private static final Instant PROTOCOLO = Instant.parse("2026-03-03T01:30:00Z");
    private static final LocalDate DIA_DO_PROTOCOLO = LocalDate.of(2026, 3, 2);

    private AggregateTestFixture<ProcessoLicenciamento> fixture;
    private final RelogioDeTeste relogio = new RelogioDeTeste(PROTOCOLO);

    /** Version 2 shortens the LP analysis term under Lei 15.190 without EIA from 6 to 4 months. */
    private static CatalogoPadrao comVersao2VigenteEm(LocalDate dia) {
        return new CatalogoPadrao().comVersao(2, dia, new CatalogoPadrao() {
            @Override
            public int prazoDeAnaliseMeses(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRimaOuAudiencia) {
                return regime == RegimeJuridico.LEI_15190 && tipo == TipoLicenca.LP && !comEiaRimaOuAudiencia ? 4
                        : super.prazoDeAnaliseMeses(regime, tipo, comEiaRimaOuAudiencia);
            }
        });
    }

    private void preparar(CatalogoPadrao catalogo) {
        fixture = new AggregateTestFixture<>(ProcessoLicenciamento.class);
        fixture.registerInjectableResource(relogio);
        fixture.registerInjectableResource(catalogo);
        br.licenciamento.licenca.command.territorio.IndiceDasCamadas camadas = br.licenciamento.licenca.command.territorio.CamadasDeTeste.indice();
        fixture.registerInjectableResource(br.licenciamento.licenca.command.territorio.CamadasDeTeste.validacao(camadas));
        fixture.registerInjectableResource(br.licenciamento.licenca.command.territorio.CamadasDeTeste.analise(camadas));
        fixture.registerInjectableResource((NumeracaoDeProtocolo) agora -> "2026/000001");
        fixture.registerInjectableResource((LicencasAnteriores) id -> Optional.empty());
        fixture.registerInjectableResource(new DocumentosEmMemoria(LocalDate.of(2026, 3, 2)));
    }

    @BeforeEach
    void catalogoSemeado() {
        preparar(new CatalogoPadrao());
    }

    @Test
    void versaoDoCatalogoDoProtocolo_registraAVersaoVigenteNoDiaLegal() {
        preparar(comVersao2VigenteEm(DIA_DO_PROTOCOLO));
        fixture.givenNoPriorActivity().when(protocolar()).expectEvents(protocolado(2));
    }

    @Test
    void versaoDoCatalogoDoProtocolo_versaoQueVigoraAmanhaNaoValeHoje() {
        preparar(comVersao2VigenteEm(DIA_DO_PROTOCOLO.plusDays(1)));
        fixture.givenNoPriorActivity().when(protocolar()).expectEvents(protocolado(1));
    }

    @Test
    void versaoDoCatalogoDoProtocolo_enquadramentoSegueAVersaoDoProtocoloENaoAVigente() {
        preparar(comVersao2VigenteEm(DIA_DO_PROTOCOLO.plusDays(1)));
        relogio.ajustar(PROTOCOLO.plusSeconds(86_400 * 5));
        fixture.given(protocolado(1))
                .when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.P))
                .expectEvents(enquadrado(DIA_DO_PROTOCOLO.plusMonths(6)));
    }

    @Test
    void versaoDoCatalogoDoProtocolo_processoProtocoladoNaVersaoNovaTemONovoPrazo() {
        preparar(comVersao2VigenteEm(DIA_DO_PROTOCOLO));
        fixture.given(protocolado(2))
                .when(new EnquadrarProcesso(ID, null, Porte.G, PotencialPoluidor.P))
                .expectEvents(enquadrado(DIA_DO_PROTOCOLO.plusMonths(4)));
    }

    private static ProtocolarProcesso protocolar() {
        return new ProtocolarProcesso(ID, "pessoa-1", "empreendimento-1", "Ceramica Vale Verde", "2342-7/02", "3106200", PONTO,
                TipoLicenca.LP, null, null);
    }

    private static ProcessoProtocolado protocolado(int versaoDoCatalogo) {
        return new ProcessoProtocolado(ID, "2026/000001", "pessoa-1", "empreendimento-1", "Ceramica Vale Verde", "2342-7/02",
                "3106200", PONTO, TipoLicenca.LP, null, RegimeJuridico.LEI_15190, PROTOCOLO, versaoDoCatalogo);
    }

    /** Class 4: three phases with RCA/PCA. */
    private static ProcessoEnquadrado enquadrado(LocalDate prazoAnaliseAte) {
        return new ProcessoEnquadrado(ID, Porte.G, PotencialPoluidor.P, 4, ModalidadeDeLicenciamento.TRIFASICO,
                List.of(EstudoAmbiental.RCA_PCA), List.of("Requerimento assinado"), prazoAnaliseAte);
    }
}
