package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Publishes the notice that the RIMA is available, opening the period in which a public hearing may be asked
 * for (CONAMA 09/1987 art. 2: at least 45 days).
 */
public record PublicarEditalDoRima(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        LocalDate solicitacoesDeAudienciaAte) {
}
