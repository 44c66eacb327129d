package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.VersaoDoCatalogoPublicada;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue the migration seeds holds docs/dominio.md's values: the same answers as the in-memory catalogue the
 * aggregate tests use, for every size, potential, class, regime and licence type.
 */
class CatalogoDeRegrasPostgresTest {

    private static EmbeddedPostgres postgres;
    private static CatalogoDeRegrasPostgres catalogo;
    private final CatalogoPadrao padrao = new CatalogoPadrao();

    @BeforeAll
    static void migrar() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).schemas("licenca_command").createSchemas(true)
                .locations("classpath:db/migration/licenca_command").table("flyway_historico").load().migrate();
        catalogo = new CatalogoDeRegrasPostgres(JdbcClient.create(postgres.getPostgresDatabase()));
    }

    @AfterAll
    static void encerrar() throws IOException {
        postgres.close();
    }

    @Test
    void migracaoSemeiaOsValoresDoDominio() {
        for (Porte porte : Porte.values()) {
            for (PotencialPoluidor potencial : PotencialPoluidor.values()) {
                assertThat(catalogo.em(1).classe(porte, potencial)).as(porte + "/" + potencial).isEqualTo(padrao.classe(porte, potencial));
            }
        }
        for (int classe = 1; classe <= 6; classe++) {
            var doBanco = catalogo.em(1).procedimento(classe);
            var esperado = padrao.procedimento(classe);
            assertThat(doBanco.modalidade()).as("classe " + classe).isEqualTo(esperado.modalidade());
            assertThat(doBanco.tiposAdmitidos()).as("classe " + classe).isEqualTo(esperado.tiposAdmitidos());
            assertThat(doBanco.estudos()).as("classe " + classe).isEqualTo(esperado.estudos());
            assertThat(doBanco.documentosExigidos()).isNotEmpty();
        }
        for (RegimeJuridico regime : RegimeJuridico.values()) {
            assertThat(catalogo.em(1).parametros(regime)).isEqualTo(padrao.parametros(regime));
            for (TipoLicenca tipo : TipoLicenca.values()) {
                assertThat(catalogo.em(1).validade(regime, tipo)).as(regime + " " + tipo).isEqualTo(padrao.validade(regime, tipo));
                for (boolean eia : new boolean[]{false, true}) {
                    assertThat(catalogo.em(1).prazoDeAnaliseMeses(regime, tipo, eia)).as(regime + " " + tipo + " EIA " + eia)
                            .isEqualTo(padrao.prazoDeAnaliseMeses(regime, tipo, eia));
                }
            }
        }
    }

    @Test
    void versoesPublicadasValemDoSeuDiaEmDianteEaSemeadaRespeitaOsLimitesLegais() {
        var semeada = catalogo.conteudo(1).orElseThrow();
        LimitesLegais.verificar(semeada);
        LocalDate dia = LocalDate.of(2030, 5, 10);
        assertThat(catalogo.versaoVigenteEm(dia)).isEqualTo(1);

        var alterada = VersoesDoCatalogoTest.comPrazo(RegimeJuridico.LEI_15190, TipoLicenca.LP, false, 4);
        catalogo.on(new VersaoDoCatalogoPublicada("catalogo-de-regras", 2, dia, alterada, "admin",
                Instant.parse("2030-05-01T12:00:00Z")));
        assertThat(catalogo.versaoVigenteEm(dia.minusDays(1))).isEqualTo(1);
        assertThat(catalogo.versaoVigenteEm(dia)).isEqualTo(2);
        assertThat(catalogo.em(2).prazoDeAnaliseMeses(RegimeJuridico.LEI_15190, TipoLicenca.LP, false)).isEqualTo(4);
        assertThat(catalogo.em(1).prazoDeAnaliseMeses(RegimeJuridico.LEI_15190, TipoLicenca.LP, false)).isEqualTo(6);
        assertThat(catalogo.conteudo(2)).contains(alterada);
        assertThat(catalogo.conteudo(3)).isEmpty();
        assertThat(catalogo.versoes()).extracting(CatalogoDeRegrasPostgres.Versao::autor).containsExactly(null, "admin");
    }
}
