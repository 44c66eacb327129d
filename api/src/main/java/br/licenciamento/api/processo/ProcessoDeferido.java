package br.licenciamento.api.processo;

import java.time.LocalDate;
import java.util.List;

/** The licence was granted; the licence {@code licencaId} is issued from this event. */
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
        LocalDate prazoRecursoAte) {
}
