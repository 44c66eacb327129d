package br.licenciamento.api.licenca;

import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Issues the licence a granted process decided, on the day of the grant; {@code numero} is given only for a licence
 * imported from a former system, which keeps the number printed on it.
 */
public record EmitirLicenca(
        @TargetAggregateIdentifier String licencaId,
        String processoId,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        LocalDate validaAte,
        List<CondicionanteDefinida> condicionantes,
        LocalDate emitidaEm,
        String numero) {
}
