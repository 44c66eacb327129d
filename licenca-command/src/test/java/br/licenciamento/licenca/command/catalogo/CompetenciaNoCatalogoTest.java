package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The competence rules (LC 140/2011) are catalogue data: version 1 and older versions read the defaults. */
class CompetenciaNoCatalogoTest {

    private static final ConteudoDoCatalogo PADRAO = RegrasEmMemoria.conteudoDe(new CatalogoPadrao());

    @Test
    void aVersao1EAsAntigasLeemAsRegrasPadrao() {
        assertThat(new CatalogoPadrao().competencia()).isEqualTo(RegraDeCompetencia.PADRAO);
        ConteudoDoCatalogo antigo = new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), PADRAO.prazosDeAnalise(),
                PADRAO.validades(), PADRAO.parametros());
        assertThat(new RegrasEmMemoria(antigo).competencia()).isEqualTo(RegraDeCompetencia.PADRAO);
        assertThat(PADRAO.competencia()).extracting(ConteudoDoCatalogo.Competencia::codigo)
                .containsExactly("lc140-art7-terra-indigena", "lc140-art7-uc-federal", "lc140-art7-dois-estados",
                        "lc140-art8-uc-estadual", "lc140-art9-uc-municipal");
    }

    @Test
    void umaVersaoPublicadaPodeTrazerAsSuas() {
        ConteudoDoCatalogo proprio = comCompetencia(List.of(new ConteudoDoCatalogo.Competencia("quilombo-federal",
                TipoDeCamada.TERRITORIO_QUILOMBOLA, null, List.of(), 1, Esfera.FEDERAL, "Regra do órgão")));
        LimitesLegais.verificar(proprio);
        assertThat(new RegrasEmMemoria(proprio).competencia()).singleElement()
                .satisfies(r -> assertThat(r.codigo()).isEqualTo("quilombo-federal"));
    }

    @Test
    void regraIncompletaOuRepetida_recusada() {
        ConteudoDoCatalogo.Competencia boa = new ConteudoDoCatalogo.Competencia("a", TipoDeCamada.OUTRA, null, null, 1,
                Esfera.ESTADUAL, "x");
        assertThatThrownBy(() -> LimitesLegais.verificar(comCompetencia(List.of(new ConteudoDoCatalogo.Competencia("a",
                null, null, null, 1, Esfera.FEDERAL, "x"))))).isInstanceOf(RegraVioladaException.class);
        assertThatThrownBy(() -> LimitesLegais.verificar(comCompetencia(List.of(new ConteudoDoCatalogo.Competencia("a",
                TipoDeCamada.OUTRA, null, null, 0, Esfera.FEDERAL, "x"))))).isInstanceOf(RegraVioladaException.class);
        assertThatThrownBy(() -> LimitesLegais.verificar(comCompetencia(List.of(boa, boa))))
                .isInstanceOfSatisfying(RegraVioladaException.class, e -> assertThat(e.regra()).isEqualTo("catalogo-regra-duplicada"));
    }

    private static ConteudoDoCatalogo comCompetencia(List<ConteudoDoCatalogo.Competencia> regras) {
        return new ConteudoDoCatalogo(PADRAO.enquadramento(), PADRAO.procedimentos(), PADRAO.prazosDeAnalise(), PADRAO.validades(),
                PADRAO.parametros(), regras);
    }
}
