package br.licenciamento.api.licenca;

import java.time.LocalDate;

/** A condition changed; the holder may appeal until {@code recursoAte} (Lei 15.190 art. 16 par. 2: 30 days). */
public record CondicionanteAlterada(String licencaId, String condicionanteId, String descricao, LocalDate prazo,
                                    String fundamentos, LocalDate alteradaEm, LocalDate recursoAte) {
}
