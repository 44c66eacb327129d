package br.licenciamento.api.catalogo;

/**
 * Deadlines a regime sets that are not per licence type.
 *
 * @param prazoComplementacaoMeses    applicant's time to answer a complementation (LC 140 art. 15: 4 months)
 * @param antecedenciaRenovacaoDias   renewal asked at least this many days before expiry extends the licence
 * @param prorrogacaoAutomatica       whether such a renewal request extends the licence until decided
 * @param prazoAdmissibilidadeDias    days after the analysis starts within which a study may be found not to
 *                                    meet the terms of reference; {@code null} when the regime sets no limit
 * @param prazoRecursoDias            days to appeal against a decision
 * @param prazoJulgamentoRecursoDias  days the agency has to decide an appeal
 * @param prazoRecursoCondicionanteDias days to appeal against a change of conditions
 */
public record ParametrosDoRegime(
        int prazoComplementacaoMeses,
        int antecedenciaRenovacaoDias,
        boolean prorrogacaoAutomatica,
        Integer prazoAdmissibilidadeDias,
        int prazoRecursoDias,
        int prazoJulgamentoRecursoDias,
        int prazoRecursoCondicionanteDias) {
}
