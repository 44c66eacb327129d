package br.licenciamento.licenca.command.territorio;

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

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/** A geometry or layer file refused before any command: 400 problem+json naming the field and the rule. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrosDeGeometria {

    @ExceptionHandler(GeometriaInvalidaException.class)
    ResponseEntity<ProblemDetail> geometriaInvalida(GeometriaInvalidaException e) {
        boolean camada = e.regra().startsWith("camada");
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto(camada ? "validacao.camada" : "validacao.geometria"));
        problema.setProperty("regra", e.regra());
        problema.setProperty("erros", List.of(Map.of("campo", e.campo(), "mensagem", e.getMessage())));
        return Problemas.resposta(problema);
    }
}
