package br.licenciamento.api.processo;

import java.time.LocalDate;

public record AudienciaPublicaRealizada(String processoId, LocalDate realizadaEm, String local, String ata) {
}
