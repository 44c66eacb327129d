package br.licenciamento.platform.ops;

import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static br.licenciamento.platform.Textos.MENSAGENS;

/** Events whose handler failed, parked per processing group until an operator retries or evicts them. */
@RestController
@RequestMapping("/api/v1/ops/filas-mortas")
@Tag(name = "Operacao")
class FilasMortasController {

    private final EventProcessingConfiguration processamento;

    FilasMortasController(EventProcessingConfiguration processamento) {
        this.processamento = processamento;
    }

    record MensagemMorta(String id, String sequencia, String tipoDoEvento, String eventoId, Instant enfileiradaEm,
                         Instant ultimaTentativa, String causa, Object payload, Map<String, ?> metadados) {
    }

    record Fila(String grupo, long mensagens, long sequencias, List<MensagemMorta> itens) {
    }

    record Resultado(String grupo, int reprocessadas, long restantes) {
    }

    @GetMapping
    @Operation(summary = "Filas de mensagens mortas por grupo de processamento")
    List<Fila> listar() {
        return processamento.eventProcessors().keySet().stream().sorted()
                .flatMap(grupo -> processamento.deadLetterQueue(grupo).stream().map(fila -> descrever(grupo, fila)))
                .toList();
    }

    @GetMapping("/{grupo}")
    Fila detalhar(@PathVariable String grupo) {
        return descrever(grupo, fila(grupo));
    }

    @PostMapping("/{grupo}/reprocessar")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Reprocessar", description = "Tenta de novo cada sequencia parada, na ordem; as que falharem de novo voltam para a fila.")
    Resultado reprocessar(@PathVariable String grupo) {
        SequencedDeadLetterQueue<EventMessage<?>> fila = fila(grupo);
        SequencedDeadLetterProcessor<EventMessage<?>> processador = processamento.sequencedDeadLetterProcessor(grupo)
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.fila-morta", grupo)));
        int reprocessadas = 0;
        long limite = fila.amountOfSequences();
        for (long i = 0; i < limite && processador.processAny(); i++) {
            reprocessadas++;
        }
        return new Resultado(grupo, reprocessadas, fila.size());
    }

    @DeleteMapping("/{grupo}/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Descartar uma mensagem morta", description = "Remove a mensagem da fila sem reprocessa-la; o evento continua no event store.")
    void descartar(@PathVariable String grupo, @PathVariable String id) {
        SequencedDeadLetterQueue<EventMessage<?>> fila = fila(grupo);
        DeadLetter<? extends EventMessage<?>> alvo = null;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequencia : fila.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letra : sequencia) {
                if (id.equals(identificador(letra))) {
                    alvo = letra;
                }
            }
        }
        if (alvo == null) {
            throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.mensagem-morta", id, grupo));
        }
        fila.evict(alvo);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> fila(String grupo) {
        return processamento.deadLetterQueue(grupo)
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.fila-morta", grupo)));
    }

    private static Fila descrever(String grupo, SequencedDeadLetterQueue<EventMessage<?>> fila) {
        List<MensagemMorta> itens = new ArrayList<>();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequencia : fila.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letra : sequencia) {
                if (itens.size() >= 200) {
                    break;
                }
                EventMessage<?> evento = letra.message();
                itens.add(new MensagemMorta(identificador(letra),
                        letra instanceof JdbcDeadLetter<?> jdbc ? Objects.toString(jdbc.getSequenceIdentifier()) : null,
                        evento.getPayloadType().getName(), evento.getIdentifier(), letra.enqueuedAt(), letra.lastTouched(),
                        letra.cause().map(c -> c.type() + ": " + c.message()).orElse(null),
                        evento.getPayload(), evento.getMetaData()));
            }
        }
        return new Fila(grupo, fila.size(), fila.amountOfSequences(), itens);
    }

    private static String identificador(DeadLetter<?> letra) {
        return letra instanceof JdbcDeadLetter<?> jdbc ? jdbc.getIdentifier() : letra.message().getIdentifier();
    }
}
