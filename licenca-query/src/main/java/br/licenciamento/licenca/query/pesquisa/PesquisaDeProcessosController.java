package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.processo.PaginaDeProcessos;
import br.licenciamento.api.processo.PesquisarProcessos;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (consultas)")
class PesquisaDeProcessosController {

    private final QueryGateway queryGateway;
    private final Titularidade titularidade;

    PesquisaDeProcessosController(QueryGateway queryGateway, Titularidade titularidade) {
        this.queryGateway = queryGateway;
        this.titularidade = titularidade;
    }

    @GetMapping
    @Operation(summary = "Pesquisar processos", description = "Filtros opcionais; paginas contadas a partir de 0, mais recentes primeiro.")
    PaginaDeProcessos pesquisar(
            @RequestParam(required = false) SituacaoProcesso situacao,
            @RequestParam(required = false) TipoLicenca tipoLicenca,
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "codigo IBGE com 7 digitos") String municipio,
            @RequestParam(required = false) String requerente,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "a pagina comeca em 0") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "no minimo 1 por pagina")
            @Max(value = 200, message = "no maximo 200 por pagina") int tamanho) {
        return queryGateway.query(new PesquisarProcessos(situacao, tipoLicenca, municipio, requerente, pagina, tamanho,
                titularidade.requerentesPermitidos().orElse(null)), ResponseTypes.instanceOf(PaginaDeProcessos.class)).join();
    }
}
