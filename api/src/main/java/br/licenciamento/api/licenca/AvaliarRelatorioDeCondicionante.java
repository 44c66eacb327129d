package br.licenciamento.api.licenca;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** The agency evaluates a compliance report. */
public record AvaliarRelatorioDeCondicionante(
        @TargetAggregateIdentifier String licencaId,
        @TargetAggregateVersion Long versao,
        String condicionanteId,
        String relatorioId,
        boolean aprovado,
        String parecer) {
}
