package br.licenciamento.pessoa.consulta;

import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.DadosPessoaisExportados;
import br.licenciamento.api.pessoa.ConsultaDeDadosPessoais;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.api.pessoa.PaginaDePessoas;
import br.licenciamento.api.pessoa.ConsultaDePessoas;
import br.licenciamento.pessoa.acesso.AcessoAsPessoas;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/pessoas")
@Tag(name = "Pessoas (consultas)")
class ConsultaDePessoasController {

    private final QueryGateway queryGateway;
    private final AcessoAsPessoas acesso;

    ConsultaDePessoasController(QueryGateway queryGateway, AcessoAsPessoas acesso) {
        this.queryGateway = queryGateway;
        this.acesso = acesso;
    }

    @GetMapping
    PaginaDePessoas pesquisar(
            @RequestParam(required = false) @Size(max = 30, message = "{campo.documento-com-no-maximo-30-caracteres}") String documento,
            @RequestParam(required = false) @Size(max = 300, message = "{campo.nome-com-no-maximo-300-caracteres}") String nome,
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        return queryGateway.query(new ConsultaDePessoas(documento, nome, municipio, pagina, tamanho,
                        acesso.pesquisaRestritaA().orElse(null)),
                ResponseTypes.instanceOf(PaginaDePessoas.class)).join();
    }

    @GetMapping("/{pessoaId}")
    FichaPessoa ficha(@PathVariable String pessoaId) {
        return queryGateway.query(new ConsultaDePessoa(pessoaId), ResponseTypes.optionalInstanceOf(FichaPessoa.class)).join()
                .map(acesso::fichaVisivel)
                .orElseThrow(() -> AcessoAsPessoas.naoEncontrada(pessoaId));
    }

    @GetMapping("/{pessoaId}/dados-pessoais")
    DadosPessoaisExportados exportar(@PathVariable String pessoaId) {
        return queryGateway.query(new ConsultaDeDadosPessoais(pessoaId), ResponseTypes.optionalInstanceOf(DadosPessoaisExportados.class))
                .join()
                .orElseThrow(() -> AcessoAsPessoas.naoEncontrada(pessoaId));
    }
}
