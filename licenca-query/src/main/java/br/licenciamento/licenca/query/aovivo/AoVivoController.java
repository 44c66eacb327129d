package br.licenciamento.licenca.query.aovivo;

import br.licenciamento.api.processo.ConsultaDoDossie;
import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.licenca.query.dossie.ConsultaDeProcessosAcompanhados;
import br.licenciamento.licenca.query.dossie.ProcessoAcompanhado;
import br.licenciamento.licenca.query.dossie.ProcessosAcompanhados;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Live updates as server-sent events ({@code text/event-stream}): a process's dossier, and the signed-in user's list
 * of processes. Each is an Axon subscription query: the first event is the current state, then one event per change
 * the projection stores. Access is checked once, when the stream opens, exactly as for the plain GET.
 */
@RestController
@Validated
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (ao vivo)", description = "Atualizações em tempo real por server-sent events")
class AoVivoController {

    /** The first answer comes from the read model in this process (or over Axon Server): seconds at most. */
    private static final Duration ESPERA_INICIAL = Duration.ofSeconds(30);

    private final QueryGateway queryGateway;
    private final Titularidade titularidade;
    private final UsuarioAtual usuario;
    private final TransmissoesAoVivo transmissoes;

    AoVivoController(QueryGateway queryGateway, Titularidade titularidade, UsuarioAtual usuario,
                     TransmissoesAoVivo transmissoes) {
        this.queryGateway = queryGateway;
        this.titularidade = titularidade;
        this.usuario = usuario;
        this.transmissoes = transmissoes;
    }

    @GetMapping(path = "/{processoId}/eventos-ao-vivo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter dossie(@PathVariable String processoId, HttpServletRequest pedido, HttpServletResponse resposta)
            throws HttpMediaTypeNotAcceptableException {
        exigirPedidoDeStream(pedido);
        SubscriptionQueryResult<DossieProcesso, DossieProcesso> resultado = queryGateway.subscriptionQuery(
                new ConsultaDoDossie(processoId), ResponseTypes.instanceOf(DossieProcesso.class),
                ResponseTypes.instanceOf(DossieProcesso.class));
        DossieProcesso atual;
        try {
            atual = resultado.initialResult().blockOptional(ESPERA_INICIAL)
                    .orElseThrow(() -> Titularidade.naoEncontrado(processoId));
            titularidade.exigirAcesso(processoId, atual.requerenteId());
        } catch (RuntimeException e) {
            resultado.cancel();
            throw e;
        }
        semBuffer(resposta);
        return transmissoes.abrir(resultado, evento("dossie", atual), dossie -> evento("dossie", dossie));
    }

    @GetMapping(path = "/eventos-ao-vivo", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter meusProcessos(@Parameter(description = "Só os processos atribuídos ao usuário conectado")
                             @RequestParam(defaultValue = "false") boolean atribuidos,
                             @RequestParam(defaultValue = "100") @Min(value = 1, message = "{campo.no-minimo-1}")
                             @Max(value = 500, message = "{campo.no-maximo-500}") int limite,
                             HttpServletRequest pedido, HttpServletResponse resposta)
            throws HttpMediaTypeNotAcceptableException {
        exigirPedidoDeStream(pedido);
        ConsultaDeProcessosAcompanhados consulta = new ConsultaDeProcessosAcompanhados(titularidade.visiveis().orElse(null),
                atribuidos ? usuario.sujeito() : null, limite);
        SubscriptionQueryResult<ProcessosAcompanhados, ProcessoAcompanhado> resultado = queryGateway.subscriptionQuery(
                consulta, ResponseTypes.instanceOf(ProcessosAcompanhados.class),
                ResponseTypes.instanceOf(ProcessoAcompanhado.class));
        ProcessosAcompanhados lista;
        try {
            lista = resultado.initialResult().blockOptional(ESPERA_INICIAL).orElse(new ProcessosAcompanhados(List.of()));
        } catch (RuntimeException e) {
            resultado.cancel();
            throw e;
        }
        semBuffer(resposta);
        return transmissoes.abrir(resultado, evento("processos", lista.processos()), processo -> evento("processo", processo));
    }

    /**
     * A client that goes away is the normal end of a stream: the failed write already cancelled its subscription
     * (TransmissoesAoVivo); there is nobody left to answer, and nothing for the error log.
     */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clienteDesconectado() {
        // Nothing to send: the connection is gone.
    }

    /**
     * Only a client that says it reads event streams ({@code Accept: text/event-stream}, as EventSource sends) gets
     * one: a plain HTTP client asking for anything would otherwise wait on a response that never ends.
     */
    private static void exigirPedidoDeStream(HttpServletRequest pedido) throws HttpMediaTypeNotAcceptableException {
        List<MediaType> aceitos;
        try {
            aceitos = MediaType.parseMediaTypes(Collections.list(pedido.getHeaders(HttpHeaders.ACCEPT)));
        } catch (InvalidMediaTypeException e) {
            aceitos = List.of();
        }
        if (aceitos.stream().noneMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype)) {
            throw new HttpMediaTypeNotAcceptableException(List.of(MediaType.TEXT_EVENT_STREAM));
        }
    }

    private static SseEmitter.SseEventBuilder evento(String nome, Object dados) {
        return SseEmitter.event().name(nome).data(dados, MediaType.APPLICATION_JSON);
    }

    /** Proxies must pass each event on at once (nginx honours X-Accel-Buffering), and nobody may cache the stream. */
    private static void semBuffer(HttpServletResponse resposta) {
        resposta.setHeader("X-Accel-Buffering", "no");
        resposta.setHeader("Cache-Control", "no-cache");
    }
}
