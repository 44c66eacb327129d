package br.licenciamento.api.processo;

import java.time.LocalDate;

/** A hearing was requested; under CONAMA 237 the analysis due date moves to 12 months from filing. */
public record AudienciaPublicaSolicitada(
        String processoId,
        SolicitanteDeAudiencia solicitante,
        String nomeDoSolicitante,
        int assinaturas,
        LocalDate solicitadaEm,
        LocalDate prazoAnaliseAte) {
}
