package br.licenciamento.api.processo;

import java.time.LocalDate;

/** The request was closed without decision; {@code novaTaxaExigida} when a new request must pay again. */
public record ProcessoArquivado(String processoId, MotivoDeArquivamento motivo, String detalhe, LocalDate arquivadoEm,
                                boolean novaTaxaExigida) {
}
