package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.BuscarDossie;
import br.licenciamento.api.processo.DossieProcesso;
import br.licenciamento.licenca.query.titularidade.Titularidade;
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
    private final Titularidade titularidade;

    DossieController(QueryGateway queryGateway, Titularidade titularidade) {
        this.queryGateway = queryGateway;
        this.titularidade = titularidade;
    }

    @GetMapping("/{processoId}")
    @Operation(summary = "Dossie do processo", description = "Tudo o que se sabe de um processo, com a linha do tempo.")
    DossieProcesso dossie(@PathVariable String processoId) {
        DossieProcesso dossie = queryGateway.query(new BuscarDossie(processoId), ResponseTypes.optionalInstanceOf(DossieProcesso.class))
                .join()
                .orElseThrow(() -> Titularidade.naoEncontrado(processoId));
        titularidade.exigirAcesso(processoId, dossie.requerenteId());
        return dossie;
    }
}
