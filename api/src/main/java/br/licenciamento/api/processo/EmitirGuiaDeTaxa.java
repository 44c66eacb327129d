package br.licenciamento.api.processo;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Issues the licensing fee slip. */
public record EmitirGuiaDeTaxa(
        @TargetAggregateIdentifier String processoId,
        @TargetAggregateVersion Long versao,
        String guiaId,
        BigDecimal valor,
        MeioDePagamento meio,
        LocalDate vencimento) {
}
