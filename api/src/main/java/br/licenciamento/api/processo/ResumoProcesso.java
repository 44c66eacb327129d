package br.licenciamento.api.processo;

import br.licenciamento.api.territorio.Esfera;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a search result.
 *
 * @param analista           user name of the analyst the process is assigned to, {@code null} while unassigned
 * @param prazoAnaliseAte    the agency's analysis due date in force (already moved by finished complementation
 *                           pauses and by a public hearing); {@code null} before classification and for LAC
 * @param prazoSuspensoDesde while a complementation is pending, the day the agency clock stopped; the due date then
 *                           moves one day for every day of the pause
 * @param atrasado           the process is open and its analysis due date, counting the pause in progress, has passed
 * @param diasDeAtraso       days past the due date (a pause freezes the count); 0 when not overdue
 * @param esferaCompetente   the sphere competent to license it, by the latest territorial analysis; {@code null} before one
 * @param competente         whether this agency is the competent one, by that analysis; {@code null} before one
 * @param anuenciasPendentes managers' authorizations or notices that analysis requires and that are not recorded yet
 */
public record ResumoProcesso(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        SituacaoProcesso situacao,
        Instant protocoladoEm,
        String cnae,
        String analista,
        LocalDate prazoAnaliseAte,
        LocalDate prazoSuspensoDesde,
        boolean atrasado,
        long diasDeAtraso,
        Esfera esferaCompetente,
        Boolean competente,
        int anuenciasPendentes) {
}
