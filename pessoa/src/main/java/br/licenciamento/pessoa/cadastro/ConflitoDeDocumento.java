package br.licenciamento.pessoa.cadastro;

import br.licenciamento.platform.web.Problemas;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A duplicate CPF/CNPJ is a conflict with an existing resource (409), not a broken rule (422): the answer
 * points at the person who holds it. Ordered before the platform's catch-all handler.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConflitoDeDocumento {

    @ExceptionHandler(DocumentoEmUsoException.class)
    ResponseEntity<ProblemDetail> documentoEmUso(DocumentoEmUsoException e) {
        ProblemDetail problema = Problemas.problema(HttpStatus.CONFLICT, "documento-ja-cadastrado", e.getMessage());
        problema.setProperty("regra", e.motivo().regra());
        if (e.motivo().pessoaExistenteId() != null) {
            problema.setProperty("pessoaExistenteId", e.motivo().pessoaExistenteId());
        }
        return Problemas.resposta(problema);
    }
}
