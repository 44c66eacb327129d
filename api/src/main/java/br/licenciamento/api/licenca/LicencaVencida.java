package br.licenciamento.api.licenca;

import java.time.LocalDate;

public record LicencaVencida(String licencaId, LocalDate validaAte, LocalDate constatadaEm) {
}
