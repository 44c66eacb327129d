package br.licenciamento.api.territorio;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives or corrects the enterprise's location (allowed until classification; any time for a process without one). */
public record DefinirLocalizacaoDoEmpreendimento(@TargetAggregateIdentifier String processoId, String geometria) {
}
