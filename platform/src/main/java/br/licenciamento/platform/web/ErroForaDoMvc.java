package br.licenciamento.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static br.licenciamento.platform.Textos.MENSAGENS;

/**
 * Errors raised before a controller is reached (servlet filters, the container rejecting a request) also
 * answer with problem details instead of Spring Boot's default error body.
 */
@RestController
public class ErroForaDoMvc implements ErrorController {

    @Hidden
    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> erro(HttpServletRequest requisicao) {
        Object codigo = requisicao.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object excecao = requisicao.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (codigo == null && excecao == null) {
            // Asked for directly, not forwarded by the container: there is no resource at this address (the fuzzer
            // found /error answering 500 to any direct call, and listed in the OpenAPI document).
            return Problemas.resposta(Problemas.problema(HttpStatus.NOT_FOUND, MENSAGENS.texto("nao-encontrado.neste-endereco")));
        }
        HttpStatusCode status = codigo instanceof Integer c ? HttpStatusCode.valueOf(c) : HttpStatus.INTERNAL_SERVER_ERROR;
        if (excecao instanceof Throwable t && status.is5xxServerError()) {
            return Problemas.resposta(TratamentoDeErros.traduzir(t, requisicao));
        }
        return Problemas.resposta(Problemas.problema(status, status.is4xxClientError()
                ? MENSAGENS.texto("requisicao-invalida")
                : MENSAGENS.texto("erro-interno")));
    }
}
