package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.processo.ProcessoProtocolado;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first upcaster: {@link ProcessoProtocolado} without revision (the first slice) becomes revision 2. The
 * enterprise id did not exist then; each such request is its own enterprise, so it takes the process id. The
 * location and prior licence stay absent (null). Axon registers every {@code EventUpcaster} bean in the chain
 * in {@link Order}; the next change to an event adds its own upcaster from the revision this one produces.
 */
@Component
@Order(1)
class ProcessoProtocoladoUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType ORIGEM = new SimpleSerializedType(ProcessoProtocolado.class.getName(), null);
    private static final String REVISAO_DESTINO = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacao) {
        return representacao.getType().equals(ORIGEM);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacao) {
        return representacao.upcastPayload(new SimpleSerializedType(ORIGEM.getName(), REVISAO_DESTINO), JsonNode.class,
                payload -> {
                    ObjectNode evento = (ObjectNode) payload;
                    if (!evento.hasNonNull("empreendimentoId")) {
                        evento.set("empreendimentoId", evento.get("processoId"));
                    }
                    return evento;
                });
    }
}
