package br.licenciamento.api.processo;

/** Licence types of CONAMA 237/1997 and Lei 15.190/2025. */
public enum TipoLicenca {
    /** Licenca Previa. */
    LP,
    /** Licenca de Instalacao. */
    LI,
    /** Licenca de Operacao. */
    LO,
    /** Licenca Ambiental Unica. */
    LAU,
    /** Licenca por Adesao e Compromisso. */
    LAC,
    /** Licenca de Operacao Corretiva. */
    LOC,
    /** Licenca Ambiental Especial. */
    LAE
}
