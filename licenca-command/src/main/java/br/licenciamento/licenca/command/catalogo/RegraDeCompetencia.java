package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;

import java.util.List;

/**
 * One rule of competence (LC 140/2011) as data: when the enterprise lies within or crosses at least
 * {@code minimoDeFeicoes} features of a layer type (of a managing sphere, when given; none of the excluded
 * categories), the sphere {@code esferaCompetente} licenses it. The rules are read in order; the first that applies
 * decides, and none applying leaves the general rule (the agency's own sphere). A distance band never decides.
 *
 * @param esferaDaFeicao     null for any sphere
 * @param categoriasExcluidas categories that never decide (an APA: LC 140 art. 12)
 * @param minimoDeFeicoes     2 for "two or more states"; a boundary drawn as a line counts as crossed when touched
 */
public record RegraDeCompetencia(String codigo, TipoDeCamada tipo, Esfera esferaDaFeicao, List<String> categoriasExcluidas,
                                 int minimoDeFeicoes, Esfera esferaCompetente, String fundamento) {

    /** The code of the general rule, when no rule of the list applies. */
    public static final String REGRA_GERAL = "lc140-regra-geral";

    /** The rules of LC 140/2011 arts. 7 XIV, 8 XIV-XV, 9 XIV and 12: version 1 of the catalogue, and any without its own. */
    public static final List<RegraDeCompetencia> PADRAO = List.of(
            new RegraDeCompetencia("lc140-art7-terra-indigena", TipoDeCamada.TERRA_INDIGENA, null, List.of(), 1,
                    Esfera.FEDERAL, "LC 140/2011, art. 7º, XIV, c"),
            new RegraDeCompetencia("lc140-art7-uc-federal", TipoDeCamada.UNIDADE_DE_CONSERVACAO, Esfera.FEDERAL,
                    List.of("APA"), 1, Esfera.FEDERAL, "LC 140/2011, art. 7º, XIV, d; art. 12"),
            new RegraDeCompetencia("lc140-art7-dois-estados", TipoDeCamada.LIMITE_ESTADUAL, null, List.of(), 2,
                    Esfera.FEDERAL, "LC 140/2011, art. 7º, XIV, e"),
            new RegraDeCompetencia("lc140-art8-uc-estadual", TipoDeCamada.UNIDADE_DE_CONSERVACAO, Esfera.ESTADUAL,
                    List.of("APA"), 1, Esfera.ESTADUAL, "LC 140/2011, art. 8º, XV; art. 12"),
            new RegraDeCompetencia("lc140-art9-uc-municipal", TipoDeCamada.UNIDADE_DE_CONSERVACAO, Esfera.MUNICIPAL,
                    List.of("APA"), 1, Esfera.MUNICIPAL, "LC 140/2011, art. 9º, XIV, b; art. 12"));

    static RegraDeCompetencia de(ConteudoDoCatalogo.Competencia c) {
        return new RegraDeCompetencia(c.codigo(), c.tipo(), c.esferaDaFeicao(),
                c.categoriasExcluidas() == null ? List.of() : List.copyOf(c.categoriasExcluidas()), c.minimoDeFeicoes(),
                c.esferaCompetente(), c.fundamento());
    }

    ConteudoDoCatalogo.Competencia comoConteudo() {
        return new ConteudoDoCatalogo.Competencia(codigo, tipo, esferaDaFeicao, categoriasExcluidas, minimoDeFeicoes,
                esferaCompetente, fundamento);
    }

    public boolean exclui(String categoria) {
        return categoria != null && categoriasExcluidas.stream().anyMatch(c -> c.equalsIgnoreCase(categoria.trim()));
    }
}
