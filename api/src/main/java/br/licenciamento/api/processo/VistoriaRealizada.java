package br.licenciamento.api.processo;

import java.time.LocalDate;

public record VistoriaRealizada(String processoId, String vistoriaId, LocalDate realizadaEm, String relato) {
}
