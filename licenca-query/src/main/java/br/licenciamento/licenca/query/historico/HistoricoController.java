package br.licenciamento.licenca.query.historico;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.licenca.LicencaEmitida;
import br.licenciamento.api.processo.ProcessoProtocolado;
import br.licenciamento.api.processo.ProcessosVisiveis;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * The audit trail of a process or licence: every event of its stream, in order, with who acted, when, what
 * happened and the correlation ids that tie it to the request and the message that caused it. Read from the
 * event store itself, so it is complete by construction and needs no projection.
 */
@RestController
@Validated
@RequestMapping("/api/v1")
@Tag(name = "Auditoria", description = "Histórico completo de processos e licenças")
class HistoricoController {

    private final EventStore eventStore;
    private final Titularidade titularidade;

    HistoricoController(EventStore eventStore, Titularidade titularidade) {
        this.eventStore = eventStore;
        this.titularidade = titularidade;
    }

    record Registro(long sequencia, Instant quando, String evento, String usuario, String papeis, String ip,
                    String correlationId, String causationId, String eventoId, Object dados) {
    }

    record Historico(String id, List<Registro> registros, int pagina, int tamanho, long total) {
    }

    @GetMapping("/processos/{id}/historico")
    Historico doProcesso(@PathVariable String id,
                         @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
                         @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
                         @Max(value = 500, message = "{campo.no-maximo-500-por-pagina}") int tamanho) {
        return historico(id, "processo", pagina, tamanho);
    }

    @GetMapping("/licencas/{id}/historico")
    Historico daLicenca(@PathVariable String id,
                        @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
                        @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
                        @Max(value = 500, message = "{campo.no-maximo-500-por-pagina}") int tamanho) {
        return historico(id, "licenca", pagina, tamanho);
    }

    /** {@code oQue}: "processo" or "licenca", the variant of the not-found sentence. */
    private Historico historico(String id, String oQue, int pagina, int tamanho) {
        // From sequence 0: the plain readEvents(id) would start at the latest snapshot and hide the events before it.
        DomainEventStream stream = eventStore.readEvents(id, 0);
        List<Registro> registros = new ArrayList<>();
        long total = 0;
        long pular = (long) pagina * tamanho;
        Optional<ProcessosVisiveis> visiveis = titularidade.visiveis();
        while (stream.hasNext()) {
            DomainEventMessage<?> evento = stream.next();
            if (total == 0 && visiveis.isPresent() && !visivel(evento.getPayload(), visiveis.get())) {
                // An applicant reads only the history of the processes (and their licences) they may see.
                throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado." + oQue, id));
            }
            if (total >= pular && registros.size() < tamanho) {
                registros.add(registro(evento));
            }
            total++;
        }
        if (total == 0) {
            throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado." + oQue, id));
        }
        return new Historico(id, registros, pagina, tamanho, total);
    }

    /** A stream starts with the filing of its process or the issue of its licence, which name the process and requerente. */
    private static boolean visivel(Object primeiro, ProcessosVisiveis visiveis) {
        if (primeiro instanceof ProcessoProtocolado protocolo) {
            return visiveis.admite(protocolo.processoId(), protocolo.requerenteId());
        }
        return primeiro instanceof LicencaEmitida emissao && visiveis.admite(emissao.processoId(), emissao.requerenteId());
    }

    private static Registro registro(DomainEventMessage<?> evento) {
        Map<String, ?> metadados = evento.getMetaData();
        return new Registro(evento.getSequenceNumber(), evento.getTimestamp(), evento.getPayloadType().getSimpleName(),
                texto(metadados, ChavesDeMetadados.USUARIO), texto(metadados, ChavesDeMetadados.PAPEIS),
                texto(metadados, ChavesDeMetadados.IP), texto(metadados, ChavesDeMetadados.CORRELACAO),
                texto(metadados, ChavesDeMetadados.CAUSA), evento.getIdentifier(), evento.getPayload());
    }

    private static String texto(Map<String, ?> metadados, String chave) {
        Object valor = metadados.get(chave);
        return valor == null ? null : valor.toString();
    }
}
