package br.licenciamento.licenca.query.web;

import br.licenciamento.platform.web.Problemas;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/** Invalid combinations of query parameters: the same 400 problem the platform gives an invalid field. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrosDeConsulta {

    @ExceptionHandler(ParametroInvalidoException.class)
    ResponseEntity<ProblemDetail> parametroInvalido(ParametroInvalidoException e) {
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.parametros"));
        problema.setProperty("erros", List.of(Map.of("campo", e.campo(), "mensagem", e.getMessage())));
        return Problemas.resposta(problema);
    }
}
