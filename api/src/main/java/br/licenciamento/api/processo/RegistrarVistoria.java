package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Records a field inspection (vistoria). */
public record RegistrarVistoria(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String vistoriaId,
        LocalDate realizadaEm,
        String relato) {
}
