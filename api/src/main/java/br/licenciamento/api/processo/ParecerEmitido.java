package br.licenciamento.api.processo;

import java.time.LocalDate;

public record ParecerEmitido(String processoId, String parecerId, TipoDeParecer tipo, boolean favoravel, String texto,
                             LocalDate emitidoEm) {
}
