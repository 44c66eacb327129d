package br.licenciamento.licenca.query.dossie;

import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import java.util.Optional;

/**
 * One dossier built in memory, never stored: the destination of {@link DossieProjection} when a past state is
 * rebuilt. Values go through the same converter as the stored dossier, so both read back the same way.
 */
final class DossieEmMemoria implements DestinoDoDossie {

    private final String processoId;
    private final MongoConverter conversor;
    private Document documento;

    DossieEmMemoria(String processoId, MongoConverter conversor) {
        this.processoId = processoId;
        this.conversor = conversor;
    }

    @Override
    public void aplicar(String processoId, Mudanca mudanca, EventMessage<?> evento) {
        if (!this.processoId.equals(processoId)) {
            return;
        }
        if (documento == null) {
            documento = new Document("_id", processoId);
        }
        mudanca.aplicarEm(documento, conversor);
    }

    @Override
    public void apagarTudo() {
        documento = null;
    }

    Optional<DossieDocumento> resultado() {
        return Optional.ofNullable(documento).map(d -> conversor.read(DossieDocumento.class, d));
    }
}
