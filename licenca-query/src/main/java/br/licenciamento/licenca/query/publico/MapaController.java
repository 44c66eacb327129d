package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.api.territorio.CaixaEnvolvente;
import br.licenciamento.licenca.query.web.ParametroInvalidoException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * The public map's data: licences and processes with a location, as a GeoJSON FeatureCollection (RFC 7946), within a
 * bounding box and a page of bounded size. The transparency rules hold: no person ids, names or CPF, and the enterprise
 * name only when the applicant or holder is a legal person.
 */
@RestController
@Validated
@RequestMapping("/api/v1/publico")
@SecurityRequirements
@Tag(name = "Transparência (público)")
class MapaController {

    private final MapaPublico mapa;
    private final Titulares titulares;

    MapaController(MapaPublico mapa, Titulares titulares) {
        this.mapa = mapa;
        this.titulares = titulares;
    }

    @GetMapping(value = "/mapa", produces = {CaixaEnvolvente.GEOJSON, "application/json"})
    ColecaoDoMapa mapa(
            @Parameter(description = "Caixa oeste,sul,leste,norte em graus decimais (longitude e latitude, SIRGAS 2000)")
            @RequestParam(required = false) @Size(max = 100, message = "{campo.no-maximo-100-caracteres}") String bbox,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-pagina-1000000}") int pagina,
            @RequestParam(defaultValue = "500") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 1000, message = "{campo.no-maximo-1000-por-pagina}") int tamanho) {
        MapaPublico.PaginaDoMapa lida = mapa.ler(caixa(bbox), pagina, tamanho);
        Map<String, TitularPublico> juridicas = titulares.juridicas(
                lida.itens().stream().map(MapaPublico.ItemDoMapa::requerenteId).toList());
        List<FeicaoDoMapa> feicoes = lida.itens().stream().map(item -> new FeicaoDoMapa("Feature",
                item.categoria() + ":" + item.numero(), item.geometria(), new PropriedadesDoMapa(item.categoria(),
                item.numero(), item.tipoLicenca(), item.situacao(),
                juridicas.containsKey(item.requerenteId()) ? item.empreendimento() : null,
                item.municipioIbge(), item.validaAte(), item.processoNumero()))).toList();
        return new ColecaoDoMapa("FeatureCollection", feicoes, lida.total(), pagina, tamanho);
    }

    private static CaixaEnvolvente caixa(String bbox) {
        if (bbox == null) {
            return CaixaEnvolvente.MUNDO;
        }
        try {
            return CaixaEnvolvente.de(bbox);
        } catch (CaixaEnvolvente.CaixaEnvolventeInvalida invalida) {
            throw new ParametroInvalidoException("bbox", MENSAGENS.rotulo(invalida.falha()));
        }
    }

    /**
     * A GeoJSON FeatureCollection; {@code total}, {@code pagina} and {@code tamanho} are foreign members (RFC 7946
     * §6.1) saying how much of the box this page shows.
     */
    record ColecaoDoMapa(String type, List<FeicaoDoMapa> features, long total, int pagina, int tamanho) {
    }

    record FeicaoDoMapa(String type, String id, Map<String, Object> geometry, PropriedadesDoMapa properties) {
    }

    /**
     * @param categoria "licenca" or "processo"
     * @param situacao  a licence's effective situation today, or a process's situation
     */
    record PropriedadesDoMapa(String categoria, String numero, TipoLicenca tipoLicenca, String situacao,
                              String empreendimento, String municipioIbge, LocalDate validaAte, String processoNumero) {
    }
}
