package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.FaixaDeValidade;
import br.licenciamento.api.catalogo.ParametrosDoRegime;
import br.licenciamento.api.catalogo.RegraDeProcedimento;
import br.licenciamento.api.processo.Porte;
import br.licenciamento.api.processo.PotencialPoluidor;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.util.List;

/**
 * The rules of one catalogue version that a state agency configures rather than codes: classification matrix,
 * procedure per class, analysis deadlines and validity ranges per regime, and the regime's other deadlines.
 * Aggregates read it while handling a command and write the values they used into their events, so a later change
 * never rewrites history.
 */
public interface RegrasDoCatalogo {

    int classe(Porte porte, PotencialPoluidor potencial);

    RegraDeProcedimento procedimento(int classe);

    /** Months the agency has to analyse a request of this type. */
    int prazoDeAnaliseMeses(RegimeJuridico regime, TipoLicenca tipo, boolean comEiaRimaOuAudiencia);

    FaixaDeValidade validade(RegimeJuridico regime, TipoLicenca tipo);

    ParametrosDoRegime parametros(RegimeJuridico regime);

    /**
     * The competence rules (LC 140/2011) the territorial analysis applies, in order. A version published before the
     * rules were part of the catalogue reads the defaults.
     */
    default List<RegraDeCompetencia> competencia() {
        return RegraDeCompetencia.PADRAO;
    }
}
