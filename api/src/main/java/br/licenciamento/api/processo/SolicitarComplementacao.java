package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

/**
 * Asks the applicant for missing information. Only once, unless {@code motivoDeNovaComplementacao} names new facts
 * or an unsatisfactory answer.
 */
public record SolicitarComplementacao(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String complementacaoId,
        List<String> itens,
        MotivoDeNovaComplementacao motivoDeNovaComplementacao) {
}
