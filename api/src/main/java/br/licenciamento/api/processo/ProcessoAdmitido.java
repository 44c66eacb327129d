package br.licenciamento.api.processo;

import java.time.LocalDate;

public record ProcessoAdmitido(String processoId, LocalDate admitidoEm) {
}
