package br.licenciamento.licenca.query.certificado;

import br.licenciamento.licenca.query.registro.FichaLicenca;
import br.licenciamento.licenca.query.registro.LicencasDoLeitor;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * The licence certificate as a PDF, for its holder and the agency. Whoever may not see the licence gets the 404 of a
 * licence that does not exist, word for word the one of {@code GET /api/v1/licencas/{id}}.
 */
@RestController
@Validated
@RequestMapping("/api/v1/licencas")
@Tag(name = "Licenças (consultas)")
class CertificadoController {

    private final LicencasDoLeitor doLeitor;
    private final VersoesDoCertificado versoes;
    private final EmissaoDoCertificado emissao;

    CertificadoController(LicencasDoLeitor doLeitor, VersoesDoCertificado versoes, EmissaoDoCertificado emissao) {
        this.doLeitor = doLeitor;
        this.versoes = versoes;
        this.emissao = emissao;
    }

    // No "produces": an error must still be answered as problem+json whatever the client accepts.
    @GetMapping("/{licencaId}/certificado")
    @ApiResponse(responseCode = "200", description = "O PDF da versao pedida.",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    ResponseEntity<byte[]> certificado(
            @PathVariable String licencaId,
            @Parameter(description = "Versão do certificado (1 = emissão); sem ela, a versão atual")
            @RequestParam(required = false) @Min(value = 1, message = "{campo.a-primeira-versao-e-a-1}")
            @Max(value = 1_000_000, message = "{campo.no-maximo-a-versao-1000000}") Integer versao) {
        FichaLicenca ficha = doLeitor.ficha(licencaId);
        VersaoDoCertificado doCertificado = versoes.versao(licencaId, versao)
                .orElseThrow(() -> new RecursoNaoEncontradoException(versao == null
                        ? MENSAGENS.texto("nao-encontrado.certificado", ficha.licenca().numero())
                        : MENSAGENS.texto("nao-encontrado.versao-do-certificado", versao, ficha.licenca().numero())));
        byte[] pdf = DocumentoDoCertificado.gerar(emissao.conteudo(ficha, doCertificado));
        String arquivo = "licenca-" + ficha.licenca().numero().replaceAll("[^0-9A-Za-z-]", "-")
                + "-v" + doCertificado.versao() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(arquivo).build().toString())
                .body(pdf);
    }
}
