package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/** Grants the licence with its validity (months, inside the legal range) and conditions. */
public record DeferirProcesso(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String licencaId,
        int validadeMeses,
        List<CondicionanteDefinida> condicionantes,
        String fundamentos) {
}
