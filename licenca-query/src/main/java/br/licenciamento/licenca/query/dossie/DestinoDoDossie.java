package br.licenciamento.licenca.query.dossie;

import org.axonframework.eventhandling.EventMessage;

/** Where the dossier changes described by {@link DossieProjection} are applied. */
interface DestinoDoDossie {

    void aplicar(String processoId, Mudanca mudanca, EventMessage<?> evento);

    /** Before a replay: forget every dossier. */
    void apagarTudo();
}
