package br.licenciamento.licenca.command.catalogo;

import br.licenciamento.api.catalogo.ConteudoDoCatalogo;
import br.licenciamento.api.catalogo.PublicarVersaoDoCatalogo;
import br.licenciamento.api.comum.DiasLegais;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.licenca.command.web.CaminhoNoJson;
import br.licenciamento.licenca.command.web.Comandos;
import br.licenciamento.licenca.command.web.CorpoLimitado;
import br.licenciamento.platform.web.Pagina;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static br.licenciamento.api.comum.DiasLegais.hoje;
import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * The agency's rule catalogue: read the version in force and the history, publish a new version (ADMIN). A version
 * carries the whole catalogue, in the format the reads answer, so the usual edit is: read, change, publish.
 */
@RestController
@Validated
@RequestMapping("/api/v1/catalogo")
@Tag(name = "Catálogo de regras", description = "Versões do catálogo de regras do órgão: enquadramento, procedimentos, "
        + "prazos de análise, faixas de validade e parâmetros por regime. Cada processo segue a versão vigente no dia do protocolo.")
class CatalogoController {

    /**
     * Strict reading: a key the catalogue does not know, a missing one, a repeated one or a value of the wrong type is
     * refused rather than ignored or coerced, because a mistyped rule name would otherwise be published as a default.
     */
    private static final ObjectMapper ESTRITO = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final CommandGateway commandGateway;
    private final CatalogoDeRegrasPostgres catalogo;
    private final Clock relogio;
    private final int tamanhoMaximo;

    CatalogoController(CommandGateway commandGateway, CatalogoDeRegrasPostgres catalogo, Clock relogio,
                       ParametrosDoCatalogo parametros) {
        this.commandGateway = commandGateway;
        this.catalogo = catalogo;
        this.relogio = relogio;
        this.tamanhoMaximo = parametros.tamanhoMaximoBytes();
    }

    /** VIGENTE: in force today; FUTURA: waiting for its day; SUBSTITUIDA: a newer one is in force. */
    enum Situacao { VIGENTE, FUTURA, SUBSTITUIDA }

    record ResumoDaVersao(int versao, LocalDate vigenteDesde, Instant publicadaEm, String autor, Situacao situacao) {
    }

    record VersaoComConteudo(int versao, LocalDate vigenteDesde, Instant publicadaEm, String autor, Situacao situacao,
                            ConteudoDoCatalogo conteudo) {
    }

    record PedidoDeVersao(
            @Schema(description = "Dia a partir do qual a versão vale, hoje ou depois (calendário de Brasília)",
                    example = "2026-12-31", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate vigenteDesde,
            @Schema(description = "O catálogo inteiro, no formato de GET /api/v1/catalogo",
                    requiredMode = Schema.RequiredMode.REQUIRED) ConteudoDoCatalogo conteudo) {
    }

    record VersaoPublicada(int versao, LocalDate vigenteDesde) {
    }

    @GetMapping
    VersaoComConteudo vigente() {
        return completa(catalogo.versaoVigenteEm(hoje(relogio)));
    }

    @GetMapping("/versoes")
    Pagina<ResumoDaVersao> versoes(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        int vigente = catalogo.versaoVigenteEm(hoje(relogio));
        return Pagina.daLista(catalogo.versoes().stream()
                .map(v -> new ResumoDaVersao(v.versao(), v.vigenteDesde(), v.publicadaEm(), v.autor(), situacao(v.versao(), vigente)))
                .toList(), pagina, tamanho);
    }

    @GetMapping("/versoes/{versao}")
    VersaoComConteudo versao(@PathVariable int versao) {
        return completa(versao);
    }

    @ApiResponse(responseCode = "201", description = "Versão publicada; Location aponta a versão.")
    @PostMapping(path = "/versoes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = PedidoDeVersao.class)))
    ResponseEntity<VersaoPublicada> publicar(HttpServletRequest requisicao) throws IOException {
        PedidoDeVersao pedido = ler(requisicao);
        Integer versao = Comandos.enviar(commandGateway,
                new PublicarVersaoDoCatalogo(PublicarVersaoDoCatalogo.CATALOGO, pedido.vigenteDesde(), pedido.conteudo()));
        return ResponseEntity.created(URI.create("/api/v1/catalogo/versoes/" + versao))
                .body(new VersaoPublicada(versao, pedido.vigenteDesde()));
    }

    private VersaoComConteudo completa(int versao) {
        int vigente = catalogo.versaoVigenteEm(hoje(relogio));
        CatalogoDeRegrasPostgres.Versao dados = catalogo.versoes().stream().filter(v -> v.versao() == versao).findFirst()
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.versao-do-catalogo", versao)));
        ConteudoDoCatalogo conteudo = catalogo.conteudo(versao)
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.versao-do-catalogo", versao)));
        return new VersaoComConteudo(versao, dados.vigenteDesde(), dados.publicadaEm(), dados.autor(), situacao(versao, vigente),
                conteudo);
    }

    private static Situacao situacao(int versao, int vigente) {
        return versao == vigente ? Situacao.VIGENTE : versao > vigente ? Situacao.FUTURA : Situacao.SUBSTITUIDA;
    }

    /** The body, read up to the size limit (a whole catalogue is a few KiB) and parsed strictly. */
    private PedidoDeVersao ler(HttpServletRequest requisicao) throws IOException {
        byte[] corpo = CorpoLimitado.ler(requisicao, tamanhoMaximo);
        try {
            PedidoDeVersao pedido = ESTRITO.readValue(corpo, PedidoDeVersao.class);
            if (pedido == null) {
                throw new RegraVioladaException(MENSAGENS, "catalogo-incompleto.pedido");
            }
            return pedido;
        } catch (UnrecognizedPropertyException e) {
            throw new RegraVioladaException(MENSAGENS, "catalogo-chave-desconhecida", e.getPropertyName(), caminho(e),
                    e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (InvalidFormatException e) {
            if (e.getTargetType() != null && e.getTargetType().isEnum()) {
                throw new RegraVioladaException(MENSAGENS, "catalogo-chave-desconhecida.valor", e.getValue(), caminho(e),
                        java.util.Arrays.toString(e.getTargetType().getEnumConstants()));
            }
            throw valorInvalido(e);
        } catch (MismatchedInputException e) {
            throw valorInvalido(e);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("O corpo não é um JSON válido.", e, new ServletServerHttpRequest(requisicao));
        }
    }

    private static RegraVioladaException valorInvalido(JsonMappingException e) {
        return new RegraVioladaException(MENSAGENS, "catalogo-valor-invalido", caminho(e));
    }

    private static String caminho(JsonMappingException e) {
        String caminho = CaminhoNoJson.de(e);
        return caminho.isEmpty() ? "o corpo" : caminho;
    }
}
