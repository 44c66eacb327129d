package br.licenciamento.api.territorio;

import java.time.Instant;

/**
 * A new version of a reference layer was loaded by the agency. Its features are stored in PostgreSQL under
 * (camadaId, versao); the event says which content it was ({@code sha256} of the uploaded file), so an analysis made
 * against this version can always be traced to it.
 */
public record CamadaPublicada(
        String camadaId,
        String nome,
        TipoDeCamada tipo,
        int versao,
        int feicoes,
        String sha256,
        String autor,
        Instant publicadaEm) {
}
