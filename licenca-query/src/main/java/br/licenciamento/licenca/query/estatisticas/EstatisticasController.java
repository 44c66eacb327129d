package br.licenciamento.licenca.query.estatisticas;

import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.web.ParametroInvalidoException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

@RestController
@Validated
@RequestMapping("/api/v1/estatisticas")
@Tag(name = "Estatisticas", description = "Os numeros pelos quais o orgao e auditado: processos por situacao e tipo, "
        + "decisoes no prazo, tempo mediano de analise e processos atrasados")
class EstatisticasController {

    private final CalculoDeEstatisticas calculo;

    EstatisticasController(CalculoDeEstatisticas calculo) {
        this.calculo = calculo;
    }

    @GetMapping
    @Operation(summary = "Estatisticas do licenciamento", description = "Contagens exatas sobre o modelo de pesquisa, na data "
            + "de referencia (hoje, horario de Brasilia). Com periodo: 'processos' e 'atrasados' contam os processos protocolados "
            + "no periodo; 'decisoes' conta os deferimentos e indeferimentos datados no periodo. Decisao no prazo: tomada ate o "
            + "prazo de analise em vigor, que ja inclui os dias de suspensao por complementacao e a prorrogacao por audiencia "
            + "publica; a LAC, sem analise previa, nao entra na taxa nem na mediana. Dias de analise: dia da decisao menos o "
            + "inicio da contagem (protocolo, ou reinicio por nao admissao) menos os dias suspensos. Atrasado: processo em curso "
            + "cujo prazo de analise passou, contando a suspensao em andamento (os dias de atraso ficam congelados durante ela).")
    @ApiResponse(responseCode = "400", description = "Parametro invalido (problem+json com 'erros').")
    Estatisticas estatisticas(
            @Parameter(description = "Primeiro dia do periodo, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate de,
            @Parameter(description = "Ultimo dia do periodo, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ate,
            @Parameter(description = "So processos deste municipio (codigo IBGE, 7 digitos)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @Parameter(description = "So processos deste tipo de licenca")
            @RequestParam(required = false) TipoLicenca tipoLicenca,
            @Parameter(description = "Quantos processos atrasados listar, os mais atrasados primeiro (o total vem sempre)")
            @RequestParam(defaultValue = "100") @Min(value = 0, message = "{campo.no-minimo-0}")
            @Max(value = 1000, message = "{campo.no-maximo-1000}") int limiteAtrasados) {
        if (de != null && ate != null && ate.isBefore(de)) {
            throw new ParametroInvalidoException("ate", MENSAGENS.texto("parametro.periodo-invertido"));
        }
        return calculo.calcular(de, ate, municipio, tipoLicenca, limiteAtrasados);
    }
}
