package br.licenciamento.api.processo;

import java.time.Instant;

/**
 * The process came from the agency's former system (its filing event carries the original number and date). The
 * events that follow it in the same import are its past, told with their original dates; they carry the import in
 * their metadata, so nobody is notified of them as news.
 */
public record ProcessoImportado(String processoId, String numeroLegado, String importacaoId, SituacaoProcesso situacao,
                                Instant importadoEm) {
}
