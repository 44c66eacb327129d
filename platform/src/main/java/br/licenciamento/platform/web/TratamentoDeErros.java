package br.licenciamento.platform.web;

import br.licenciamento.api.comum.AcaoNaoPermitidaException;
import br.licenciamento.api.comum.FalhaDeComando;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.platform.consistencia.LeituraConsistente;
import br.licenciamento.platform.consistencia.PosicaoDeLeitura;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.axonserver.connector.event.util.EventStoreClientException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.common.AxonException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import static br.licenciamento.platform.textos.Textos.MENSAGENS;

/**
 * Every error of every REST endpoint becomes {@code application/problem+json} with Portuguese text. Bad input is
 * always a 4xx; only an unexpected fault is a 500, and an unreachable database is a 503.
 * <p>
 * Spring MVC's own exceptions are routed by {@link ResponseEntityExceptionHandler}: the hooks below give the ones a
 * client can fix a precise Portuguese answer (with the fields in {@code erros}), and {@link #handleExceptionInternal}
 * turns every other one into this platform's problem, keeping the status Spring chose.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class TratamentoDeErros extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(TratamentoDeErros.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders cabecalhos,
            HttpStatusCode status, WebRequest requisicao) {
        return responder(e, validacao(e), cabecalhos, requisicao);
    }

    /** A binding failure Spring reports without a method parameter (a {@code BindException} thrown by hand). */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> validacao(BindException e) {
        List<Map<String, String>> erros = e.getBindingResult().getFieldErrors().stream()
                .map(TratamentoDeErros::erroDeCampo)
                .toList();
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.campos"));
        problema.setProperty("erros", erros);
        return Problemas.resposta(problema);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        List<Map<String, String>> erros = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(erro -> Map.of(
                        "campo", String.valueOf(r.getMethodParameter().getParameterName()),
                        "mensagem", String.valueOf(erro.getDefaultMessage()))))
                .toList();
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.parametros"));
        problema.setProperty("erros", erros);
        return responder(e, problema, cabecalhos, requisicao);
    }

    /** Bean Validation on a service method outside MVC's own parameter validation. */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> restricao(ConstraintViolationException e) {
        List<Map<String, String>> erros = e.getConstraintViolations().stream()
                .map(v -> Map.of("campo", v.getPropertyPath().toString(), "mensagem", v.getMessage()))
                .toList();
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.valores"));
        problema.setProperty("erros", erros);
        return Problemas.resposta(problema);
    }

    /**
     * A body that is not the resource's JSON. A field the resource does not have, or a value of the wrong type or
     * outside an enumeration, is named in {@code erros}, so a client knows what to fix.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders cabecalhos,
            HttpStatusCode status, WebRequest requisicao) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String campo = campo(jackson);
                ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                        MENSAGENS.texto("validacao.campo-do-corpo", campo));
                problema.setProperty("erros", List.of(Map.of("campo", campo, "mensagem", motivo(jackson))));
                return responder(e, problema, cabecalhos, requisicao);
            }
        }
        return responder(e, Problemas.problema(HttpStatus.BAD_REQUEST, "corpo-ilegivel",
                MENSAGENS.texto("corpo-ilegivel")), cabecalhos, requisicao);
    }

    private static String campo(JacksonException e) {
        StringBuilder campo = new StringBuilder();
        for (JacksonException.Reference parte : e.getPath()) {
            if (parte.getPropertyName() != null) {
                campo.append(campo.isEmpty() ? "" : ".").append(parte.getPropertyName());
            } else if (parte.getIndex() >= 0) {
                campo.append('[').append(parte.getIndex()).append(']');
            }
        }
        return campo.toString();
    }

    private static String motivo(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return MENSAGENS.texto("erro-de-campo.desconhecido");
        }
        if (e instanceof InvalidFormatException formato && formato.getTargetType() != null
                && formato.getTargetType().isEnum()) {
            return MENSAGENS.texto("erro-de-campo.valor-fora-da-lista", formato.getValue(),
                    java.util.Arrays.toString(formato.getTargetType().getEnumConstants()));
        }
        if (e instanceof InvalidFormatException formato) {
            return MENSAGENS.texto("erro-de-campo.formato-invalido", formato.getValue());
        }
        return MENSAGENS.texto("erro-de-campo.tipo-invalido");
    }

    /** A path variable or query parameter that does not convert to its type (a letter where a number goes). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders cabecalhos, HttpStatusCode status,
            WebRequest requisicao) {
        if (!(e instanceof MethodArgumentTypeMismatchException argumento)) {
            return super.handleTypeMismatch(e, cabecalhos, status, requisicao);
        }
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.formato", argumento.getName()));
        problema.setProperty("erros", List.of(Map.of("campo", argumento.getName(),
                "mensagem", MENSAGENS.texto("erro-de-campo.formato"))));
        return responder(e, problema, cabecalhos, requisicao);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        return responder(e, Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.parametro-ausente", e.getParameterName())), cabecalhos, requisicao);
    }

    /** A required header is named; the other binding failures (a cookie, a matrix variable) get the generic 400. */
    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        if (e instanceof MissingRequestHeaderException cabecalho) {
            return responder(e, Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                    MENSAGENS.texto("validacao.cabecalho-ausente", cabecalho.getHeaderName())), cabecalhos, requisicao);
        }
        return super.handleServletRequestBindingException(e, cabecalhos, status, requisicao);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        return responder(e, Problemas.metodoNaoAceito(e.getMethod(), e.getSupportedHttpMethods()), cabecalhos, requisicao);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        return responder(e, Problemas.problema(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                MENSAGENS.texto("formato-nao-suportado", e.getSupportedMediaTypes())), cabecalhos, requisicao);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        return responder(e, Problemas.problema(HttpStatus.NOT_ACCEPTABLE,
                MENSAGENS.texto("formato-de-resposta-indisponivel", e.getSupportedMediaTypes())), cabecalhos, requisicao);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders cabecalhos, HttpStatusCode status, WebRequest requisicao) {
        return responder(e, Problemas.problema(HttpStatus.CONTENT_TOO_LARGE,
                MENSAGENS.texto("conteudo-grande-demais")), cabecalhos, requisicao);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders cabecalhos,
            HttpStatusCode status, WebRequest requisicao) {
        return responder(e, Problemas.problema(HttpStatus.NOT_FOUND,
                MENSAGENS.texto("nao-encontrado.endereco", e.getResourcePath())), cabecalhos, requisicao);
    }

    /**
     * Where every Spring MVC exception ends. The hooks above hand in this platform's problem; any other (a
     * {@code ResponseStatusException}, a missing cookie, a request part...) keeps Spring's status with generic
     * Portuguese text, and a 5xx (a controller's mistake, not the client's) is traced like any unexpected error.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object corpo, HttpHeaders cabecalhos,
            HttpStatusCode status, WebRequest requisicao) {
        ResponseEntity<ProblemDetail> resposta = corpo instanceof ProblemDetail problema && Problemas.proprio(problema)
                ? Problemas.resposta(problema)
                : padrao(e, status, ((ServletWebRequest) requisicao).getRequest());
        return responder(e, resposta, cabecalhos, requisicao);
    }

    private static ResponseEntity<ProblemDetail> padrao(Exception e, HttpStatusCode status, HttpServletRequest requisicao) {
        if (status.is5xxServerError()) {
            return Problemas.resposta(traduzir(e, requisicao));
        }
        return Problemas.resposta(Problemas.problema(status, MENSAGENS.texto("requisicao-invalida")));
    }

    private ResponseEntity<Object> responder(Exception e, ProblemDetail problema, HttpHeaders cabecalhos, WebRequest requisicao) {
        return responder(e, Problemas.resposta(problema), cabecalhos, requisicao);
    }

    /**
     * Spring's headers for the exception (e.g. {@code Accept} on a 415) with ours on top (content type, a sorted
     * {@code Allow}, {@code Retry-After}); the base class then drops the answer if the response is already committed.
     */
    private ResponseEntity<Object> responder(Exception e, ResponseEntity<ProblemDetail> resposta, HttpHeaders cabecalhos,
            WebRequest requisicao) {
        HttpHeaders todos = new HttpHeaders();
        todos.putAll(cabecalhos);
        todos.putAll(resposta.getHeaders());
        return super.handleExceptionInternal(e, resposta.getBody(), todos, resposta.getStatusCode(), requisicao);
    }

    /** A rule checked before the command reaches its aggregate (same answer as one checked inside it). */
    @ExceptionHandler(RegraVioladaException.class)
    ResponseEntity<ProblemDetail> regraViolada(RegraVioladaException e, HttpServletRequest requisicao) {
        ProblemDetail problema = Problemas.problema(HttpStatus.UNPROCESSABLE_CONTENT, "regra-violada", e.getMessage());
        problema.setProperty("regra", e.regra());
        return Problemas.resposta(recusa(problema, requisicao));
    }

    /** The role may take this kind of step, but not on this resource (checked outside a command, e.g. by a guard). */
    @ExceptionHandler(AcaoNaoPermitidaException.class)
    ResponseEntity<ProblemDetail> acaoNaoPermitida(AcaoNaoPermitidaException e) {
        ProblemDetail problema = Problemas.problema(HttpStatus.FORBIDDEN, "acao-nao-permitida", e.getMessage());
        problema.setProperty("regra", e.regra());
        return Problemas.resposta(problema);
    }

    /** Read-your-writes: the read models did not reach the position the client sent, in the time allowed. */
    @ExceptionHandler(LeituraConsistente.LeituraAtrasadaException.class)
    ResponseEntity<ProblemDetail> leituraAtrasada(LeituraConsistente.LeituraAtrasadaException e) {
        return Problemas.resposta(Problemas.problema(HttpStatus.SERVICE_UNAVAILABLE, "leitura-atrasada", e.getMessage()));
    }

    @ExceptionHandler(LeituraConsistente.PosicaoInvalidaException.class)
    ResponseEntity<ProblemDetail> posicaoInvalida(LeituraConsistente.PosicaoInvalidaException e) {
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao", e.getMessage());
        problema.setProperty("erros", List.of(Map.of("campo", PosicaoDeLeitura.CABECALHO, "mensagem", MENSAGENS.texto("erro-de-campo.numero-inteiro"))));
        return Problemas.resposta(problema);
    }

    @ExceptionHandler(RecursoNaoEncontradoException.class)
    ResponseEntity<ProblemDetail> naoEncontrado(RecursoNaoEncontradoException e) {
        return Problemas.resposta(Problemas.problema(HttpStatus.NOT_FOUND, e.getMessage()));
    }

    @ExceptionHandler({CommandExecutionException.class, HandlerExecutionException.class, AxonException.class,
            CompletionException.class, ExecutionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class})
    ResponseEntity<ProblemDetail> falhaDeMensagem(Exception e, HttpServletRequest requisicao) {
        return Problemas.resposta(recusa(traduzir(e, requisicao), requisicao));
    }

    /** A refusal (4xx) is one line of log, with the rule; the trace id of the line ties it to the request. */
    private static ProblemDetail recusa(ProblemDetail problema, HttpServletRequest requisicao) {
        if (problema.getStatus() < 500) {
            log.info("Recusado {} {}: {} {}", requisicao.getMethod(), requisicao.getRequestURI(), problema.getStatus(),
                    problema.getProperties() != null && problema.getProperties().get("regra") != null
                            ? problema.getProperties().get("regra") : problema.getType());
        }
        return problema;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> inesperado(Exception e, HttpServletRequest requisicao) {
        if (e instanceof ErrorResponse erro) {
            // An exception that carries its own status but is not one of Spring MVC's (ResponseEntityExceptionHandler
            // routes those): the same answer as theirs.
            return padrao(e, erro.getStatusCode(), requisicao);
        }
        return Problemas.resposta(traduzir(e, requisicao));
    }

    /** Follows the cause chain of a failed message to the answer the user should get. */
    static ProblemDetail traduzir(Throwable erro, HttpServletRequest requisicao) {
        Optional<FalhaDeComando> falha = falhaDeComando(erro);
        if (falha.isPresent()) {
            FalhaDeComando f = falha.get();
            ProblemDetail problema = switch (f.tipo()) {
                case REGRA_VIOLADA -> Problemas.problema(HttpStatus.UNPROCESSABLE_CONTENT, "regra-violada", f.mensagem());
                case NAO_ENCONTRADO -> Problemas.problema(HttpStatus.NOT_FOUND, "nao-encontrado", f.mensagem());
                case CONFLITO -> Problemas.problema(HttpStatus.CONFLICT, "conflito", f.mensagem());
                case VERSAO_DESATUALIZADA -> Problemas.problema(HttpStatus.PRECONDITION_FAILED, "versao-desatualizada",
                        f.mensagem());
                case PROIBIDO -> Problemas.problema(HttpStatus.FORBIDDEN, "acao-nao-permitida", f.mensagem());
            };
            problema.setProperty("regra", f.regra());
            if (f.versaoAtual() != null) {
                problema.setProperty("versaoAtual", f.versaoAtual());
            }
            return problema;
        }
        for (Throwable t = erro; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof ConflictingModificationException) {
                ProblemDetail problema = Problemas.problema(HttpStatus.CONFLICT, "versao-desatualizada",
                        MENSAGENS.texto("versao-desatualizada.ao-mesmo-tempo"));
                problema.setProperty("regra", "versao-desatualizada");
                return problema;
            }
            if (t instanceof AggregateNotFoundException || t instanceof IncompatibleAggregateException) {
                return Problemas.problema(HttpStatus.NOT_FOUND, MENSAGENS.texto("nao-encontrado.recurso"));
            }
            if (t instanceof RecursoNaoEncontradoException) {
                return Problemas.problema(HttpStatus.NOT_FOUND, t.getMessage());
            }
            if (t instanceof MaxUploadSizeExceededException) {
                return Problemas.problema(HttpStatus.CONTENT_TOO_LARGE, MENSAGENS.texto("conteudo-grande-demais"));
            }
            if (entradaIlegivel(t)) {
                return Problemas.problema(HttpStatus.BAD_REQUEST, "corpo-ilegivel",
                        MENSAGENS.texto("corpo-ilegivel.conteudo"));
            }
            if (indisponibilidade(t)) {
                log.warn("Dependência indisponível em {} {}: {}", requisicao.getMethod(), requisicao.getRequestURI(), t.toString());
                return Problemas.problema(HttpStatus.SERVICE_UNAVAILABLE,
                        MENSAGENS.texto("indisponivel"));
            }
        }
        log.error("Erro inesperado em {} {}", requisicao.getMethod(), requisicao.getRequestURI(), erro);
        return Problemas.problema(HttpStatus.INTERNAL_SERVER_ERROR,
                MENSAGENS.texto("erro-interno"));
    }

    /**
     * Input the server cannot even read: a broken multipart or form body (rejected by the container or by a filter
     * before any controller), or text PostgreSQL refuses to store or compare (the NUL character, invalid UTF-8).
     * All found by the OpenAPI fuzzer as 500s; they are the client's to fix, so they are 400s.
     */
    private static boolean entradaIlegivel(Throwable t) {
        if (t instanceof MultipartException || t instanceof HttpMessageNotReadableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().equals("22021") || sql.getSQLState().equals("22P05"))) {
            return true;
        }
        return t.getClass().getName().equals("org.apache.tomcat.util.http.InvalidParameterException");
    }

    private static boolean indisponibilidade(Throwable t) {
        // The database could not finish a transaction (commit or rollback failed, e.g. "JDBC rollback failed ...
        // Connection is closed" while PostgreSQL was down): an infrastructure failure, never the caller's input.
        if (t instanceof TransactionSystemException) {
            return true;
        }
        // Class 08 = connection exception (Hikari's "Connection is closed" is 08003); 57P01-57P03 = the server is
        // shutting down, crashed or not accepting connections yet. Raw JDBC (Axon's stores) reports them untranslated.
        if (t instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
            return true;
        }
        // Axon's JDBC stores (e.g. a dead-letter queue) wrap a lost connection ("Failed to create a SQL statement",
        // "Connection is closed") without a reliable SQL state; only data errors (classes 22 and 23) are not outages.
        if (t.getClass().getName().equals("org.axonframework.common.jdbc.JdbcException") && !erroDeDados(t)) {
            return true;
        }
        if (axonServerInalcancavel(t)) {
            return true;
        }
        return t instanceof DataAccessResourceFailureException
                || t instanceof SQLTransientConnectionException
                || t instanceof ConnectException
                || t instanceof TransientDataAccessException
                || t.getClass().getName().startsWith("com.mongodb.MongoTimeoutException")
                || t.getClass().getName().startsWith("com.mongodb.MongoSocket");
    }

    /** Axon Server's error codes that say a message could not reach it or its handler, never that the handler refused it. */
    private static final Set<ErrorCode> SEM_CONEXAO = EnumSet.of(ErrorCode.CONNECTION_FAILED,
            ErrorCode.NO_EVENT_STORE_MASTER_AVAILABLE, ErrorCode.NO_HANDLER_FOR_COMMAND, ErrorCode.COMMAND_DISPATCH_ERROR,
            ErrorCode.NO_HANDLER_FOR_QUERY, ErrorCode.QUERY_DISPATCH_ERROR);

    /**
     * Service mode: Axon Server is down or unreachable, or the service that handles the message is not connected to it
     * (a command or query with no handler). The caller's request was fine; it can be repeated in a moment.
     */
    private static boolean axonServerInalcancavel(Throwable t) {
        String codigo = t instanceof AxonServerException e ? e.code()
                : t instanceof AxonServerQueryDispatchException e ? e.code()
                : t instanceof AxonServerCommandDispatchException e ? e.getErrorCode()
                : t instanceof EventStoreClientException e ? e.getCode() : null;
        if (codigo != null) {
            return SEM_CONEXAO.contains(ErrorCode.getFromCode(codigo));
        }
        if (t.getClass().getName().equals("io.grpc.StatusRuntimeException") && t.getMessage() != null) {
            return t.getMessage().startsWith("UNAVAILABLE") || t.getMessage().startsWith("DEADLINE_EXCEEDED");
        }
        return t instanceof NoHandlerForCommandException || t instanceof NoHandlerForQueryException;
    }

    private static boolean erroDeDados(Throwable erro) {
        for (Throwable t = erro; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<FalhaDeComando> falhaDeComando(Throwable erro) {
        for (Throwable t = erro; t != null; t = t.getCause()) {
            if (t instanceof HandlerExecutionException h) {
                Optional<Object> detalhes = h.getDetails();
                if (detalhes.isPresent() && detalhes.get() instanceof FalhaDeComando f) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> erroDeCampo(FieldError erro) {
        return Map.of("campo", erro.getField(),
                "mensagem", erro.getDefaultMessage() != null ? erro.getDefaultMessage() : MENSAGENS.texto("erro-de-campo.valor-invalido"));
    }
}
