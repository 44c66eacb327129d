package br.licenciamento.api.licenca;

import java.time.LocalDate;

public record LicencaRenovada(String licencaId, LocalDate renovadaEm, LocalDate validaAte, String fundamentos) {
}
