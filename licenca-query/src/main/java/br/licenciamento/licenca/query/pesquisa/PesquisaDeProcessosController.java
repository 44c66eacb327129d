package br.licenciamento.licenca.query.pesquisa;

import br.licenciamento.api.processo.PaginaDeProcessos;
import br.licenciamento.api.processo.ConsultaDeProcessos;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.titularidade.PessoasPorDocumento;
import br.licenciamento.licenca.query.titularidade.Titularidade;
import br.licenciamento.licenca.query.web.ParametroInvalidoException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

@RestController
@Validated
@RequestMapping("/api/v1/processos")
@Tag(name = "Processos (consultas)")
class PesquisaDeProcessosController {

    private final QueryGateway queryGateway;
    private final Titularidade titularidade;
    private final PessoasPorDocumento pessoas;

    PesquisaDeProcessosController(QueryGateway queryGateway, Titularidade titularidade, PessoasPorDocumento pessoas) {
        this.queryGateway = queryGateway;
        this.titularidade = titularidade;
        this.pessoas = pessoas;
    }

    @GetMapping
    PaginaDeProcessos pesquisar(
            @Parameter(description = "Situação atual do processo") @RequestParam(required = false) SituacaoProcesso situacao,
            @Parameter(description = "Tipo de licença pedida") @RequestParam(required = false) TipoLicenca tipoLicenca,
            @Parameter(description = "Código IBGE do município (7 dígitos)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @Parameter(description = "Identificador da pessoa requerente")
            @RequestParam(required = false) @Size(max = 64, message = "{campo.no-maximo-64-caracteres}") String requerente,
            @Parameter(description = "CPF ou CNPJ do requerente, com ou sem pontuação (consultado no cadastro de pessoas)")
            @RequestParam(required = false) @Size(max = 30, message = "{campo.no-maximo-30-caracteres}") String documento,
            @Parameter(description = "Número do protocolo, como AAAA/NNNNNN")
            @RequestParam(required = false) @Size(max = 32, message = "{campo.no-maximo-32-caracteres}") String numero,
            @Parameter(description = "Login do analista a quem o processo está atribuído")
            @RequestParam(required = false) @Size(max = 100, message = "{campo.no-maximo-100-caracteres}") String analista,
            @Parameter(description = "true: só processos ainda sem analista atribuído")
            @RequestParam(defaultValue = "false") boolean semAnalista,
            @Parameter(description = "Protocolados a partir deste dia, inclusive (AAAA-MM-DD, horário de Brasília)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate protocoladoDe,
            @Parameter(description = "Protocolados até este dia, inclusive (AAAA-MM-DD, horário de Brasília)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate protocoladoAte,
            @Parameter(description = "true: só os atrasados; false: só os que não estão atrasados")
            @RequestParam(required = false) Boolean atrasado,
            @Parameter(description = "Identificador de uma feição de camada de referência (como uma unidade de conservação): "
                    + "só os processos cuja última análise territorial a toca")
            @RequestParam(required = false) @Size(max = 200, message = "{campo.no-maximo-200-caracteres}") String feicao,
            @Parameter(description = "Identificador de uma camada de referência: só os processos cuja última análise "
                    + "territorial toca alguma feição dela")
            @RequestParam(required = false) @Size(max = 200, message = "{campo.no-maximo-200-caracteres}") String camada,
            @Parameter(description = "protocolo (padrão), prazo, atraso, numero ou situação")
            @RequestParam(required = false) @Pattern(regexp = "protocolo|prazo|atraso|numero|situacao",
                    message = "{campo.use-protocolo-prazo-atraso-numero-ou-situacao}") String ordenarPor,
            @Parameter(description = "asc ou desc; padrão desc para protocolo e atraso, asc para os demais")
            @RequestParam(required = false) @Pattern(regexp = "asc|desc", message = "{campo.use-asc-ou-desc}") String direcao,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-pagina-1000000}") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        if (analista != null && semAnalista) {
            throw new ParametroInvalidoException("semAnalista", MENSAGENS.texto("parametro.sem-analista-com-analista"));
        }
        if (protocoladoDe != null && protocoladoAte != null && protocoladoAte.isBefore(protocoladoDe)) {
            throw new ParametroInvalidoException("protocoladoAte", MENSAGENS.texto("parametro.periodo-invertido"));
        }
        Set<String> doDocumento = documento == null ? null : pessoas.comDocumento("documento", documento);
        return queryGateway.query(new ConsultaDeProcessos(situacao, tipoLicenca, municipio, requerente, pagina, tamanho,
                        titularidade.visiveis().orElse(null), numero, doDocumento, analista, semAnalista,
                        protocoladoDe, protocoladoAte, atrasado, ordem(ordenarPor, direcao), vazioComoNulo(feicao),
                        vazioComoNulo(camada)),
                ResponseTypes.instanceOf(PaginaDeProcessos.class)).join();
    }

    private static String vazioComoNulo(String texto) {
        return texto == null || texto.isBlank() ? null : texto.trim();
    }

    private static ConsultaDeProcessos.Ordem ordem(String ordenarPor, String direcao) {
        if (ordenarPor == null && direcao == null) {
            return null;
        }
        ConsultaDeProcessos.Ordem.Campo campo = ConsultaDeProcessos.Ordem.Campo.valueOf(
                (ordenarPor == null ? "protocolo" : ordenarPor).toUpperCase(Locale.ROOT));
        boolean crescente = direcao == null
                ? campo != ConsultaDeProcessos.Ordem.Campo.PROTOCOLO && campo != ConsultaDeProcessos.Ordem.Campo.ATRASO
                : direcao.equals("asc");
        return new ConsultaDeProcessos.Ordem(campo, crescente);
    }
}
