package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.BuscarDossie;
import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (consultas)")
class DossieController {

    private final QueryGateway queryGateway;

    DossieController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/{processoId}")
    @Operation(summary = "Dossie do processo", description = "Tudo o que se sabe de um processo, com a linha do tempo.")
    DossieProcesso dossie(@PathVariable String processoId) {
        return queryGateway.query(new BuscarDossie(processoId), ResponseTypes.optionalInstanceOf(DossieProcesso.class))
                .join()
                .orElseThrow(() -> new RecursoNaoEncontradoException("Nao ha processo com o identificador " + processoId + "."));
    }
}
