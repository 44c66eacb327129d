package br.licenciamento.licenca.query.certificado;

import br.licenciamento.licenca.query.registro.FichaLicenca;
import br.licenciamento.licenca.query.registro.LicencasDoLeitor;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Licencas (consultas)")
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
    @Operation(summary = "Certificado da licenca (PDF)", description = "O documento da licenca em PDF: numero, titular, "
            + "empreendimento, tipo, regime juridico, validade, condicionantes com prazos, fundamentos, quem emitiu e um "
            + "codigo QR que abre a conferencia publica de autenticidade desta versao. Uma nova versao e emitida quando uma "
            + "condicionante muda, a licenca e suspensa ou renovada; sem 'versao', a atual. A mesma versao gera sempre o "
            + "mesmo arquivo. A licenca de uma pessoa que o requerente nao representa responde como inexistente.")
    @ApiResponse(responseCode = "200", description = "O PDF da versao pedida.",
            content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "Versao invalida (problem+json com 'erros').")
    @ApiResponse(responseCode = "404", description = "Nao ha licenca com este identificador (ou o requerente nao a ve), ou "
            + "nao ha esta versao do certificado.")
    ResponseEntity<byte[]> certificado(
            @PathVariable String licencaId,
            @Parameter(description = "Versao do certificado (1 = emissao); sem ela, a versao atual")
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
