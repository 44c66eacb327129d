package br.licenciamento.api.processo;

import br.licenciamento.api.comum.DiasLegais;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The legal regime a licensing request follows for its whole life, fixed by its filing date.
 */
public enum RegimeJuridico {
    /** CONAMA 237/1997 with LC 140/2011: requests filed before 2026-02-04. */
    CONAMA_237,
    /** Lei Geral do Licenciamento Ambiental (Lei 15.190/2025): requests filed from 2026-02-04. */
    LEI_15190;

    /** First day of Lei 15.190/2025's effect. */
    public static final LocalDate VIGENCIA_LEI_15190 = LocalDate.of(2026, 2, 4);

    public static RegimeJuridico vigenteEm(Instant protocolo) {
        LocalDate data = DiasLegais.dia(protocolo);
        return data.isBefore(VIGENCIA_LEI_15190) ? CONAMA_237 : LEI_15190;
    }
}
