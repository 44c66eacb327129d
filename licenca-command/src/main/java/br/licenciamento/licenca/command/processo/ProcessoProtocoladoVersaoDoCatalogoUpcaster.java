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
 * {@link ProcessoProtocolado} revision 2 becomes revision 3, which records the rule catalogue version the process
 * follows. A revision 2 event was written before versions could be published, and a version only takes effect from
 * its publication day on, so the version in force on its filing day is always the seeded one: 1.
 */
@Component
@Order(2)
class ProcessoProtocoladoVersaoDoCatalogoUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType ORIGEM = new SimpleSerializedType(ProcessoProtocolado.class.getName(), "2");
    private static final String REVISAO_DESTINO = "3";
    private static final int VERSAO_SEMEADA = 1;

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representacao) {
        return representacao.getType().equals(ORIGEM);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representacao) {
        return representacao.upcastPayload(new SimpleSerializedType(ORIGEM.getName(), REVISAO_DESTINO), JsonNode.class,
                payload -> {
                    ObjectNode evento = (ObjectNode) payload;
                    if (!evento.hasNonNull("versaoDoCatalogo")) {
                        evento.put("versaoDoCatalogo", VERSAO_SEMEADA);
                    }
                    return evento;
                });
    }
}
