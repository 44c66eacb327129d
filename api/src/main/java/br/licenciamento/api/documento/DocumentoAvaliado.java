package br.licenciamento.api.documento;

import java.time.Instant;

public record DocumentoAvaliado(String documentoId, String processoId, int numeroVersao, boolean aceito, String motivo,
                                Instant avaliadoEm) {
}
