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

/** The conditions saga's command: a condition past its due date without an approved report is non-compliant. */
class DescumprimentoDeCondicionanteTest {

    private static final String ID = "licenca-1";
    private static final LocalDate EMISSAO = LocalDate.of(2026, 3, 2);
    private static final LocalDate PRAZO = EMISSAO.plusMonths(6);

    private AggregateTestFixture<Licenca> fixture;
    private RelogioDeTeste relogio;

    @BeforeEach
    void preparar() {
        fixture = new AggregateTestFixture<>(Licenca.class);
        relogio = new RelogioDeTeste(Instant.parse("2026-03-02T13:00:00Z"));
        fixture.registerInjectableResource(relogio);
        fixture.registerInjectableResource(new CatalogoPadrao());
        fixture.registerInjectableResource(new DocumentosEmMemoria(null));
    }

    @Test
    void condicionanteVencidaSemRelatorio_descumprida() {
        relogio.ajustar(Instant.parse("2026-09-03T13:00:00Z"));
        fixture.given(emitida())
                .when(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1"))
                .expectEvents(new CondicionanteDescumprida(ID, "cond-1", PRAZO, LocalDate.of(2026, 9, 3)));
        recusa(fixture.given(emitida(), new CondicionanteDescumprida(ID, "cond-1", PRAZO, LocalDate.of(2026, 9, 3)))
                .when(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1")), "condicionante-em-dia");
    }

    @Test
    void condicionanteEmDia_antesDoPrazoOuComRelatorioPendenteOuCumprida() {
        recusa(fixture.given(emitida()).when(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1")), "condicionante-em-dia");
        relogio.ajustar(Instant.parse("2026-09-03T13:00:00Z"));
        RelatorioDeCondicionanteApresentado relatorio = new RelatorioDeCondicionanteApresentado(ID, "cond-1", "rel-1",
                "doc-1", "Analises", PRAZO, true);
        recusa(fixture.given(emitida(), relatorio).when(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1")),
                "condicionante-em-dia");
        recusa(fixture.given(emitida(), relatorio, new RelatorioDeCondicionanteAvaliado(ID, "cond-1", "rel-1", true, "ok", PRAZO))
                .when(new RegistrarDescumprimentoDeCondicionante(ID, "cond-1")), "condicionante-em-dia");
        recusa(fixture.given(emitida()).when(new RegistrarDescumprimentoDeCondicionante(ID, "cond-x")),
                "condicionante-inexistente");
    }

    private static LicencaEmitida emitida() {
        return new LicencaEmitida(ID, "LO-2026/000001-0", "ABCD-EFGH-JKMN-PQRS", "processo-1", "pessoa-1", "emp-1",
                "Ceramica", TipoLicenca.LO, RegimeJuridico.LEI_15190, EMISSAO, EMISSAO.plusYears(5),
                List.of(new CondicionanteDefinida("cond-1", "Monitorar efluentes", PRAZO)));
    }
}
