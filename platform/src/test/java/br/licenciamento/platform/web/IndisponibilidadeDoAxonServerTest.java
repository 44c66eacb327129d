package br.licenciamento.platform.web;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.axonserver.connector.command.AxonServerCommandDispatchException;
import org.axonframework.axonserver.connector.query.AxonServerQueryDispatchException;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service mode: when Axon Server is down, or the service that handles a message is not connected to it, the caller
 * gets 503 problem+json with Retry-After (the request was fine and can be repeated), never a 500. A handler that
 * refused the message is not an outage.
 */
class IndisponibilidadeDoAxonServerTest {

    private final TratamentoDeErros tratamento = new TratamentoDeErros();
    private final MockHttpServletRequest requisicao = new MockHttpServletRequest("POST", "/api/v1/processos");

    @Test
    void semConexaoComOAxonServerE503ComRetryAfter() {
        indisponivel(tratamento.falhaDeMensagem(new AxonServerException(ErrorCode.CONNECTION_FAILED.errorCode(),
                "Nao foi possivel conectar"), requisicao));
        indisponivel(tratamento.falhaDeMensagem(new CompletionException(new AxonServerQueryDispatchException(
                ErrorCode.QUERY_DISPATCH_ERROR.errorCode(), "UNAVAILABLE: io exception")), requisicao));
        indisponivel(tratamento.falhaDeMensagem(new AxonServerCommandDispatchException(
                ErrorCode.COMMAND_DISPATCH_ERROR.errorCode(), "UNAVAILABLE", null), requisicao));
        indisponivel(tratamento.inesperado(io.grpc.Status.UNAVAILABLE.withDescription("io exception").asRuntimeException(),
                requisicao));
    }

    @Test
    void servicoQueTrataOComandoDesconectadoE503() {
        indisponivel(tratamento.falhaDeMensagem(new NoHandlerForCommandException("Nenhum manipulador para ProtocolarProcesso"),
                requisicao));
        indisponivel(tratamento.falhaDeMensagem(new AxonServerException(ErrorCode.NO_HANDLER_FOR_QUERY.errorCode(),
                "No handler for query"), requisicao));
    }

    @Test
    void falhaDoManipuladorNaoEIndisponibilidade() {
        ResponseEntity<ProblemDetail> resposta = tratamento.falhaDeMensagem(new AxonServerException(
                ErrorCode.COMMAND_EXECUTION_ERROR.errorCode(), "falhou no manipulador"), requisicao);
        assertThat(resposta.getStatusCode().value()).isNotEqualTo(503);
        assertThat(resposta.getHeaders().containsHeader("Retry-After")).isFalse();
    }

    private static void indisponivel(ResponseEntity<ProblemDetail> resposta) {
        assertThat(resposta.getStatusCode().value()).isEqualTo(503);
        assertThat(resposta.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(resposta.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(resposta.getBody().getType().toString()).isEqualTo("urn:licenciamento:problema:indisponivel");
    }
}
