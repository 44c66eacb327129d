package br.licenciamento.api.processo;

import java.time.LocalDate;
import java.util.List;

/** The complementation was answered; the agency clock resumes with its due date moved by the paused days. */
public record ComplementacaoAtendida(
        String processoId,
        String complementacaoId,
        List<String> documentoIds,
        String observacao,
        LocalDate atendidaEm,
        long diasSuspensos,
        LocalDate prazoAnaliseAte) {
}
