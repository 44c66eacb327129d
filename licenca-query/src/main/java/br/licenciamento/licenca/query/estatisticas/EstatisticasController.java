package br.licenciamento.licenca.query.estatisticas;

import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.licenca.query.web.ParametroInvalidoException;
import io.swagger.v3.oas.annotations.Parameter;
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
@Tag(name = "Estatísticas", description = "Os números pelos quais o órgão é auditado: processos por situação e "
        + "tipo, decisões no prazo, tempo mediano de análise e processos atrasados")
class EstatisticasController {

    private final CalculoDeEstatisticas calculo;

    EstatisticasController(CalculoDeEstatisticas calculo) {
        this.calculo = calculo;
    }

    @GetMapping
    Estatisticas estatisticas(
            @Parameter(description = "Primeiro dia do período, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate de,
            @Parameter(description = "Último dia do período, inclusive (AAAA-MM-DD)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate ate,
            @Parameter(description = "Só processos deste município (código IBGE, 7 dígitos)")
            @RequestParam(required = false) @Pattern(regexp = "\\d{7}", message = "{campo.codigo-ibge-com-7-digitos}") String municipio,
            @Parameter(description = "Só processos deste tipo de licença")
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
