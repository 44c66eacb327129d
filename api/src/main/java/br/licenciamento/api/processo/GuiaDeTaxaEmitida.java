package br.licenciamento.api.processo;

import java.math.BigDecimal;
import java.time.LocalDate;

public record GuiaDeTaxaEmitida(String processoId, String guiaId, BigDecimal valor, MeioDePagamento meio,
                                LocalDate vencimento) {
}
