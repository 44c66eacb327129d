package br.licenciamento.api.processo;

/** The procedure a class of enterprise follows. */
public enum ModalidadeDeLicenciamento {
    /** Licenca por Adesao e Compromisso: self-declaration, no prior technical analysis. */
    LAC,
    /** Single phase (LAU). */
    UNIFASICO,
    /** Two phases: LP+LI together, then LO; or LP, then LI+LO. */
    BIFASICO,
    /** Three phases: LP, then LI, then LO. */
    TRIFASICO
}
