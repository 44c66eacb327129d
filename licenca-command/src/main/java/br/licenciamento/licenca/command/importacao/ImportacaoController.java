package br.licenciamento.licenca.command.importacao;

import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import br.licenciamento.platform.web.Pagina;
import br.licenciamento.licenca.command.importacao.LeituraDoLote.LinhaLida;
import br.licenciamento.licenca.command.web.CorpoLimitado;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.web.Problemas;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/** Import of the processes an agency's former system still runs (ADMIN). */
@RestController
@Validated
@RequestMapping("/api/v1/importacoes")
@Tag(name = "Importação de processos", description = "Traz os processos em curso no sistema anterior do órgão, com o "
        + "número e as datas originais. Formato e exemplo no README do módulo licenca-command.")
class ImportacaoController {

    /** Rows per batch: 10,000 processes per batch is the measured case; bigger exports go in several batches. */
    static final int LINHAS_POR_LOTE = 20_000;

    private final ImportacaoDeProcessos importacao;
    private final RelatorioDeImportacao relatorio;
    private final UsuarioAtual usuario;
    private final int tamanhoMaximo;

    ImportacaoController(ImportacaoDeProcessos importacao, RelatorioDeImportacao relatorio, UsuarioAtual usuario,
                         ParametrosDaImportacao parametros) {
        this.importacao = importacao;
        this.relatorio = relatorio;
        this.usuario = usuario;
        this.tamanhoMaximo = parametros.tamanhoMaximoMb() * 1024 * 1024;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object",
                    description = "{\"processos\": [...]}: cada processo com numeroLegado, protocoladoEm, tipoLicenca, o "
                            + "requerente (requerenteId de uma pessoa cadastrada, ou requerente com os dados para "
                            + "cadastrá-la), empreendimento, cnae, municipioIbge, situacao e o que o processo já viveu "
                            + "(enquadramento, admitidoEm, complementacao, licenca, indeferimento, arquivamento).")),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    description = "Uma linha de cabeçalho (numeroLegado;protocoladoEm;tipoLicenca;requerenteTipo;"
                            + "requerenteDocumento;...; veja licenca-command/docs/importacao/exemplo.csv), separador ; ou ,."))})
    ResponseEntity<?> importar(HttpServletRequest requisicao) throws IOException {
        byte[] corpo;
        try {
            corpo = CorpoLimitado.ler(requisicao, tamanhoMaximo);
        } catch (MaxUploadSizeExceededException e) {
            return Problemas.resposta(Problemas.problema(HttpStatus.CONTENT_TOO_LARGE,
                    MENSAGENS.texto("lote.grande-demais", tamanhoMaximo / (1024 * 1024))));
        }
        boolean csv = requisicao.getContentType() != null && requisicao.getContentType().toLowerCase().startsWith("text/csv");
        List<LinhaLida> linhas;
        try {
            String texto = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(corpo)).toString();
            linhas = csv ? LeituraDoLote.csv(texto) : LeituraDoLote.json(texto);
        } catch (CharacterCodingException e) {
            return ilegivel(MENSAGENS.texto("lote.utf8"));
        } catch (LeituraDoLote.LoteIlegivel e) {
            return ilegivel(e.getMessage());
        }
        if (linhas.isEmpty()) {
            return ilegivel(MENSAGENS.texto("lote.vazio"));
        }
        if (linhas.size() > LINHAS_POR_LOTE) {
            return Problemas.resposta(Problemas.problema(HttpStatus.CONTENT_TOO_LARGE,
                    MENSAGENS.texto("lote.linhas-demais", LINHAS_POR_LOTE, linhas.size())));
        }
        String importacaoId = importacao.receber(usuario.sujeito(), csv ? "CSV" : "JSON", linhas);
        return ResponseEntity.accepted().location(URI.create("/api/v1/importacoes/" + importacaoId))
                .body(relatorio.de(importacaoId).orElseThrow());
    }

    @GetMapping("/{importacaoId}")
    RelatorioDeImportacao.Relatorio relatorio(@PathVariable String importacaoId) {
        return relatorio.de(importacaoId).orElseThrow(() -> new RecursoNaoEncontradoException(
                MENSAGENS.texto("nao-encontrado.importacao", importacaoId)));
    }

    @GetMapping
    Pagina<RelatorioDeImportacao.Resumo> recentes(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "{campo.a-pagina-comeca-em-0}") int pagina,
            @RequestParam(defaultValue = "50") @Min(value = 1, message = "{campo.no-minimo-1-por-pagina}")
            @Max(value = 200, message = "{campo.no-maximo-200-por-pagina}") int tamanho) {
        return relatorio.recentes(pagina, tamanho);
    }

    private static ResponseEntity<?> ilegivel(String motivo) {
        return Problemas.resposta(Problemas.problema(HttpStatus.BAD_REQUEST, "lote-ilegivel", motivo));
    }
}
