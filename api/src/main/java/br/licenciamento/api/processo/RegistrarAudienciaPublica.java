package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Records that the requested public hearing was held. */
public record RegistrarAudienciaPublica(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        LocalDate realizadaEm,
        String local,
        String ata) {
}
