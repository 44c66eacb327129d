package br.licenciamento.licenca.query.registro;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence with what its holder and the agency need beyond the registry line: the authenticity code printed on
 * it (anyone checks it at {@code /api/v1/publico/licencas/autenticidade}) and its conditions.
 */
public record FichaLicenca(ResumoLicenca licenca, String codigoAutenticidade, List<Condicionante> condicionantes) {

    /**
     * One condition and where it stands: CUMPRIDA once a compliance report was approved, DESCUMPRIDA when its due date
     * passed without one (until a later report is approved), otherwise PENDENTE.
     */
    public record Condicionante(String condicionanteId, String descricao, LocalDate prazo, String situacao,
                                LocalDate cumpridaEm, LocalDate descumpridaEm) {
    }
}
