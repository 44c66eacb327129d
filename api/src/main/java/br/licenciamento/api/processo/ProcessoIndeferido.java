package br.licenciamento.api.processo;

import java.time.LocalDate;

public record ProcessoIndeferido(String processoId, String fundamentos, LocalDate indeferidoEm, LocalDate prazoRecursoAte) {
}
