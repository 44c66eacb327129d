package br.licenciamento.api.processo;

import java.time.LocalDate;
import java.util.List;

/**
 * Complementation asked on {@code solicitadaEm}; the applicant must answer by {@code respostaAte} (inclusive) and
 * the agency clock is paused until then.
 */
public record ComplementacaoSolicitada(
        String processoId,
        String complementacaoId,
        List<String> itens,
        MotivoDeNovaComplementacao motivoDeNovaComplementacao,
        LocalDate solicitadaEm,
        LocalDate respostaAte) {
}
