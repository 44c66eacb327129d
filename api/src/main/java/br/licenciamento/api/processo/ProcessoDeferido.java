package br.licenciamento.api.processo;

import java.time.LocalDate;
import java.util.List;

/**
 * The licence was granted; the licence {@code licencaId} is issued from this event.
 *
 * @param numeroDaLicenca the number already printed on the licence of a process imported from a former system;
 *                        {@code null} when the agency numbers it on issue
 */
public record ProcessoDeferido(
        String processoId,
        String licencaId,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        LocalDate deferidoEm,
        LocalDate validaAte,
        List<CondicionanteDefinida> condicionantes,
        String fundamentos,
        LocalDate prazoRecursoAte,
        String numeroDaLicenca) {

    /** A grant made here: the licence gets the agency's next number. */
    public ProcessoDeferido(String processoId, String licencaId, String requerenteId, String empreendimentoId,
                            String empreendimento, TipoLicenca tipoLicenca, RegimeJuridico regime, LocalDate deferidoEm,
                            LocalDate validaAte, List<CondicionanteDefinida> condicionantes, String fundamentos,
                            LocalDate prazoRecursoAte) {
        this(processoId, licencaId, requerenteId, empreendimentoId, empreendimento, tipoLicenca, regime, deferidoEm,
                validaAte, condicionantes, fundamentos, prazoRecursoAte, null);
    }
}
