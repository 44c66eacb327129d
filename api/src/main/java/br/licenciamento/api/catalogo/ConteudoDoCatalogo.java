package br.licenciamento.api.catalogo;

import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;

import java.util.List;

/**
 * The whole rule catalogue of one version, as the agency publishes it and as the API shows it: one row per key,
 * like the tables the first version was seeded into. A version always carries every row, so it reads on its own.
 */
public record ConteudoDoCatalogo(
        List<Enquadramento> enquadramento,
        List<RegraDeProcedimento> procedimentos,
        List<PrazoDeAnalise> prazosDeAnalise,
        List<Validade> validades,
        List<Parametros> parametros,
        List<Competencia> competencia) {

    /** A version without competence rules of its own (published before they were part of it) reads the defaults. */
    public ConteudoDoCatalogo(List<Enquadramento> enquadramento, List<RegraDeProcedimento> procedimentos,
                              List<PrazoDeAnalise> prazosDeAnalise, List<Validade> validades, List<Parametros> parametros) {
        this(enquadramento, procedimentos, prazosDeAnalise, validades, parametros, null);
    }

    /** One cell of the classification matrix: size x polluting potential -> class 1..6. */
    public record Enquadramento(Porte porte, PotencialPoluidor potencial, int classe) {
    }

    /** The agency's analysis time in months for one regime, licence type and with or without EIA/RIMA. */
    public record PrazoDeAnalise(RegimeJuridico regime, TipoLicenca tipoLicenca, boolean comEiaRima, int meses) {
    }

    /** The validity range in months for one regime and licence type. */
    public record Validade(RegimeJuridico regime, TipoLicenca tipoLicenca, int minimoMeses, int maximoMeses) {
    }

    /**
     * One competence rule (LC 140/2011, issue 25), read in order by the territorial analysis: when the enterprise lies
     * within or crosses at least {@code minimoDeFeicoes} features of a layer type (of a managing sphere, when given;
     * none of the excluded categories), {@code esferaCompetente} licenses it; none applying leaves the general rule.
     */
    public record Competencia(String codigo, TipoDeCamada tipo, Esfera esferaDaFeicao, List<String> categoriasExcluidas,
                              int minimoDeFeicoes, Esfera esferaCompetente, String fundamento) {
    }

    /** The deadlines of one regime that do not depend on the licence type. */
    public record Parametros(RegimeJuridico regime, ParametrosDoRegime valores) {
    }
}
