package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.licenca.SituacaoLicenca;
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
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/** The licence registry: every issued licence with its effective situation, for the agency and for its holders. */
@RestController
@Validated
@RequestMapping("/api/v1/licencas")
@Tag(name = "Licenças (consultas)", description = "Registro de licenças emitidas: vigentes, a vencer, suspensas, "
        + "canceladas e vencidas. O requerente vê apenas as licenças das pessoas que representa.")
class RegistroDeLicencasController {

    private final ConsultaDeLicencas consulta;
    private final Titularidade titularidade;
    private final LicencasDoLeitor doLeitor;
    private final PessoasPorDocumento pessoas;

    RegistroDeLicencasController(ConsultaDeLicencas consulta, Titularidade titularidade, PessoasPorDocumento pessoas,
                                 LicencasDoLeitor doLeitor) {
        this.consulta = consulta;
        this.titularidade = titularidade;
        this.pessoas = pessoas;
        this.doLeitor = doLeitor;
    }

    @GetMapping
    PaginaDeLicencas pesquisar(
            @Parameter(description = "VIGENTE, SUSPENSA, CANCELADA ou VENCIDA (situação efetiva hoje)")
            @RequestParam(required = false) SituacaoLicenca situacao,
            @Parameter(description = "Vigentes que vencem nos próximos N dias (0 = vencem hoje)")
            @RequestParam(required = false) @Min(value = 0, message = "{campo.no-minimo-0-dias}")
            @Max(value = 3650, message = "{campo.no-maximo-3650-dias}") Integer vencendoEmDias,
            @Parameter(description = "Tipo de licença") @RequestParam(required = false) TipoLicenca tipoLicenca,
            @Parameter(description = "Código IBGE do município do empreendimento (7 dígitos)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @Parameter(description = "Identificador da pessoa titular")
            @RequestParam(required = false) @Size(max = 64, message = "{campo.no-maximo-64-caracteres}") String titular,
            @Parameter(description = "CPF ou CNPJ do titular, com ou sem pontuação (consultado no cadastro de pessoas)")
            @RequestParam(required = false) @Size(max = 30, message = "{campo.no-maximo-30-caracteres}") String documento,
            @Parameter(description = "Identificador do empreendimento")
            @RequestParam(required = false) @Size(max = 64, message = "{campo.no-maximo-64-caracteres}") String empreendimento,
            @Parameter(description = "Número da licença, como LP-2026/000042-7")
            @RequestParam(required = false) @Size(max = 40, message = "{campo.no-maximo-40-caracteres}") String numero,
            @Parameter(description = "Emitidas a partir deste dia, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate emitidaDe,
            @Parameter(description = "Emitidas até este dia, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate emitidaAte,
            @Parameter(description = "emissão (padrão), validade ou numero")
            @RequestParam(required = false) @Pattern(regexp = "emissao|validade|numero",
                    message = "{campo.use-emissao-validade-ou-numero}") String ordenarPor,
            @Parameter(description = "asc ou desc; padrão desc para emissão, asc para os demais")
            @RequestParam(required = false) @Pattern(regexp = "asc|desc", message = "{campo.use-asc-ou-desc}") String direcao,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-pagina-1000000}") int pagina,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        if (emitidaDe != null && emitidaAte != null && emitidaAte.isBefore(emitidaDe)) {
            throw new ParametroInvalidoException("emitidaAte", MENSAGENS.texto("parametro.periodo-invertido"));
        }
        if (situacao != null && vencendoEmDias != null && situacao != SituacaoLicenca.VIGENTE) {
            throw new ParametroInvalidoException("vencendoEmDias", MENSAGENS.texto("parametro.so-vigentes-vencem"));
        }
        Set<String> doDocumento = documento == null ? null : pessoas.comDocumento("documento", documento);
        FiltroDeLicencas.Ordem ordem = FiltroDeLicencas.Ordem.valueOf(
                (ordenarPor == null ? "emissao" : ordenarPor).toUpperCase(Locale.ROOT));
        boolean crescente = direcao == null ? ordem != FiltroDeLicencas.Ordem.EMISSAO : direcao.equals("asc");
        return consulta.pesquisar(new FiltroDeLicencas(situacao, vencendoEmDias, tipoLicenca, municipio, titular, doDocumento,
                titularidade.visiveis().orElse(null), empreendimento, numero, emitidaDe, emitidaAte, ordem,
                crescente, pagina, tamanho));
    }

    @GetMapping("/{licencaId}")
    FichaLicenca licenca(@PathVariable String licencaId) {
        return doLeitor.ficha(licencaId);
    }
}
