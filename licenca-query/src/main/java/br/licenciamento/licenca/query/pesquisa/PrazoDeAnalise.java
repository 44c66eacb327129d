package br.licenciamento.licenca.query.pesquisa;

/**
 * The one definition of an overdue analysis, as SQL over {@code licenca_query.processo_resumo} with the parameter
 * {@code :hoje} (today in Brasilia time). The search, the statistics, the public view and the gauge all use it, so
 * they never disagree.
 *
 * <p>The events carry the due date in force ({@code prazo_analise_ate}: set on classification, restarted on
 * non-admission, moved by a public hearing and, when a complementation is answered, by the days it was pending).
 * While a complementation is pending the agency clock stands still (LC 140 art. 14 par. 1): the due date then moves
 * one day for every day of the pause, so the effective due date is {@code prazo + (hoje - suspenso_desde)}. Hence a
 * process is overdue when it is open (not granted, refused or archived), has an analysis due date (not LAC, already
 * classified) and {@code coalesce(suspenso_desde, hoje) > prazo}; it is late by
 * {@code coalesce(suspenso_desde, hoje) - prazo} days. A pause does not erase lateness already incurred: a process
 * asked for complementation after its due date stays overdue, its count frozen until the clock runs again.
 */
public final class PrazoDeAnalise {

    /** The day of the analysis clock: the pause start while a complementation is pending, otherwise today. */
    private static final String DIA_DO_RELOGIO = "COALESCE(suspenso_desde, CAST(:hoje AS DATE))";

    /**
     * True exactly for overdue processes. The redundant {@code prazo_analise_ate < :hoje} (a pause always started
     * on or before today) lets PostgreSQL use the partial index on open processes' due dates.
     */
    public static final String ATRASADO = "(NOT encerrado AND prazo_analise_ate IS NOT NULL"
            + " AND prazo_analise_ate < CAST(:hoje AS DATE) AND " + DIA_DO_RELOGIO + " > prazo_analise_ate)";

    /** Days overdue; 0 for processes that are not. */
    public static final String DIAS_DE_ATRASO = "(CASE WHEN " + ATRASADO + " THEN " + DIA_DO_RELOGIO
            + " - prazo_analise_ate ELSE 0 END)";

    private PrazoDeAnalise() {
    }
}
