package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.ConsultaDoDossie;
import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import br.licenciamento.platform.web.Problemas;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

@RestController
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (consultas)")
class DossieController {

    private final QueryGateway queryGateway;
    private final Titularidade titularidade;
    private final DossieNoPassado passado;

    DossieController(QueryGateway queryGateway, Titularidade titularidade, DossieNoPassado passado) {
        this.queryGateway = queryGateway;
        this.titularidade = titularidade;
        this.passado = passado;
    }

    @GetMapping("/{processoId}")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DossieProcesso.class)))
    ResponseEntity<?> dossie(@PathVariable String processoId,
                             @Parameter(description = "Instante ISO-8601, por exemplo 2026-03-01T12:00:00Z ou 2026-03-01T09:00:00-03:00")
                             @RequestParam(required = false) String em) {
        if (em != null) {
            Instant instante;
            try {
                instante = instante(em);
            } catch (DateTimeParseException e) {
                return instanteInvalido(em);
            }
            DossieProcesso dossie = passado.em(processoId, instante)
                    .map(DossieDocumento::paraConsulta)
                    .orElseThrow(() -> Titularidade.naoEncontrado(processoId));
            titularidade.exigirAcesso(processoId, dossie.requerenteId());
            return ResponseEntity.ok(dossie);
        }
        DossieProcesso dossie = queryGateway.query(new ConsultaDoDossie(processoId), ResponseTypes.optionalInstanceOf(DossieProcesso.class))
                .join()
                .orElseThrow(() -> Titularidade.naoEncontrado(processoId));
        titularidade.exigirAcesso(processoId, dossie.requerenteId());
        return dossie.versao() == null ? ResponseEntity.ok(dossie)
                : ResponseEntity.ok().eTag("\"" + dossie.versao() + "\"").body(dossie);
    }

    /** ISO-8601 instant in UTC ("Z") or with an offset; a '+' left unencoded in the query string arrives as a space. */
    private static Instant instante(String valor) {
        return Instant.parse(valor.trim().replace(' ', '+'));
    }

    private static ResponseEntity<ProblemDetail> instanteInvalido(String valor) {
        ProblemDetail problema = Problemas.problema(HttpStatus.BAD_REQUEST, "validacao",
                MENSAGENS.texto("validacao.instante", valor.length() > 60 ? valor.substring(0, 60) + "..." : valor));
        problema.setProperty("erros", List.of(Map.of("campo", "em", "mensagem", MENSAGENS.texto("parametro.instante-invalido"))));
        return Problemas.resposta(problema);
    }
}
