package br.licenciamento.api.processo;

import java.util.EnumSet;
import java.util.Set;

/** Licence types of CONAMA 237/1997 and Lei 15.190/2025. */
public enum TipoLicenca {
    /** Licenca Previa. */
    LP,
    /** Licenca de Instalacao. */
    LI,
    /** Licenca de Operacao. */
    LO,
    /** LP and LI in one licence (two-phase procedure). */
    LP_LI,
    /** LI and LO in one licence (two-phase procedure). */
    LI_LO,
    /** Licenca Ambiental Unica. */
    LAU,
    /** Licenca por Adesao e Compromisso. */
    LAC,
    /** Licenca de Operacao Corretiva. */
    LOC,
    /** Licenca Ambiental Especial. */
    LAE;

    /**
     * The licence types of which one valid licence of the same enterprise must exist before this one is asked
     * for: an LI needs an LP, an LO needs an LI (or an LP+LI), an LI+LO needs an LP. Empty when none.
     */
    public Set<TipoLicenca> exigeAnterior() {
        return switch (this) {
            case LI, LI_LO -> EnumSet.of(LP);
            case LO -> EnumSet.of(LI, LP_LI);
            default -> EnumSet.noneOf(TipoLicenca.class);
        };
    }
}
