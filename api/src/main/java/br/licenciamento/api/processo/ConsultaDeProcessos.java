package br.licenciamento.api.processo;

import java.time.LocalDate;
import java.util.Set;

/**
 * Searches licensing requests; every filter is optional. Pages count from 0.
 *
 * @param visiveis               when present, only these processes answer (an applicant's own view)
 * @param requerentesDoDocumento the persons whose CPF/CNPJ was searched for (resolved in the people registry); when
 *                               present only their processes answer, an empty set answers nothing
 * @param analista               the user name of the analyst the process is assigned to
 * @param semAnalista            only processes not assigned to any analyst
 * @param protocoladoDe          filed on or after this day (Brasilia time)
 * @param protocoladoAte         filed on or before this day (Brasilia time)
 * @param atrasado               only overdue processes (true) or only those not overdue (false); see
 *                               {@link ResumoProcesso#atrasado()}
 * @param ordem                  how the page is sorted; {@code null} is the most recent filing first
 * @param feicaoId               only processes whose latest territorial analysis touches this feature of a reference layer
 * @param camadaId               only processes whose latest territorial analysis touches some feature of this layer
 */
public record ConsultaDeProcessos(
        SituacaoProcesso situacao,
        TipoLicenca tipoLicenca,
        String municipioIbge,
        String requerenteId,
        int pagina,
        int tamanho,
        ProcessosVisiveis visiveis,
        String numero,
        Set<String> requerentesDoDocumento,
        String analista,
        boolean semAnalista,
        LocalDate protocoladoDe,
        LocalDate protocoladoAte,
        Boolean atrasado,
        Ordem ordem,
        String feicaoId,
        String camadaId) {

    /** A search without the territorial filters. */
    public ConsultaDeProcessos(SituacaoProcesso situacao, TipoLicenca tipoLicenca, String municipioIbge, String requerenteId,
                              int pagina, int tamanho, ProcessosVisiveis visiveis, String numero,
                              Set<String> requerentesDoDocumento, String analista, boolean semAnalista,
                              LocalDate protocoladoDe, LocalDate protocoladoAte, Boolean atrasado, Ordem ordem) {
        this(situacao, tipoLicenca, municipioIbge, requerenteId, pagina, tamanho, visiveis, numero, requerentesDoDocumento,
                analista, semAnalista, protocoladoDe, protocoladoAte, atrasado, ordem, null, null);
    }

    /** Sort key and direction; ties are broken by process id, so pages never overlap. */
    public record Ordem(Campo campo, boolean crescente) {

        public enum Campo {
            /** Filing instant. */
            PROTOCOLO,
            /** Analysis due date in force (processes without one last). */
            PRAZO,
            /** Days overdue. */
            ATRASO,
            /** Filing number. */
            NUMERO,
            /** Situation name. */
            SITUACAO
        }
    }
}
