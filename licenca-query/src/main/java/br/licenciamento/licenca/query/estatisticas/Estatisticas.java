package br.licenciamento.licenca.query.estatisticas;

import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures an agency is audited on, as of {@code referencia} (today in Brasilia time). Definitions in
 * licenca-query/README.md ("Statistics").
 *
 * @param de        first day of the period (inclusive), or null for no lower bound
 * @param ate       last day of the period (inclusive), or null for no upper bound
 * @param processos processes filed in the period, by current situation and by licence type
 * @param decisoes  decisions taken in the period and how they stood against the analysis deadline
 * @param atrasados processes filed in the period that are overdue today
 */
public record Estatisticas(
        LocalDate referencia,
        LocalDate de,
        LocalDate ate,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        Processos processos,
        Decisoes decisoes,
        Atrasados atrasados) {

    public record Processos(long total, Map<SituacaoProcesso, Long> porSituacao, Map<TipoLicenca, Long> porTipoLicenca) {
    }

    /**
     * @param total                 grants and refusals dated in the period
     * @param comPrazo              those subject to an analysis deadline (every decision except LAC self-declarations)
     * @param noPrazo               of those, taken on or before the due date in force
     * @param foraDoPrazo           of those, taken after it
     * @param percentualNoPrazo     100 x noPrazo / comPrazo, two decimals (half up); null without decisions with deadline
     * @param medianaDiasDeAnalise  median of (decision day - clock start - paused days) over the decisions with deadline;
     *                              null without them
     */
    public record Decisoes(long total, long deferidas, long indeferidas, long comPrazo, long noPrazo, long foraDoPrazo,
                           BigDecimal percentualNoPrazo, BigDecimal medianaDiasDeAnalise) {
    }

    /** How many are overdue and the most overdue of them (up to the limit asked), most days late first. */
    public record Atrasados(long total, List<ProcessoAtrasado> processos) {
    }

    /**
     * @param prazoAnaliseAte    the due date in force
     * @param prazoSuspensoDesde start of the complementation pause in progress (days late frozen), null when running
     * @param analista           user name of the assigned analyst, null when unassigned
     */
    public record ProcessoAtrasado(String processoId, String numero, TipoLicenca tipoLicenca, SituacaoProcesso situacao,
                                   String municipioIbge, LocalDate prazoAnaliseAte, LocalDate prazoSuspensoDesde,
                                   long diasDeAtraso, String analista) {
    }
}
