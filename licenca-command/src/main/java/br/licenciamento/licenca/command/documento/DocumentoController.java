package br.licenciamento.licenca.command.documento;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.documento.AnexarDocumento;
import br.licenciamento.api.documento.AnexarNovaVersao;
import br.licenciamento.api.documento.AvaliarDocumento;
import br.licenciamento.licenca.command.web.Comandos;
import br.licenciamento.licenca.command.web.VersaoEsperada;
import br.licenciamento.platform.aleatorio.Aleatorios;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/** Upload (multipart), new versions, evaluation and download of a process's documents. */
@RestController
@RequestMapping("/api/v1/processos/{processoId}/documentos")
@Tag(name = "Documentos (comandos)", description = "Arquivos do processo: envio, versões, avaliação e download. "
        + "O conteúdo fica no armazenamento do módulo, identificado pelo SHA-256.")
class DocumentoController {

    private final CommandGateway commandGateway;
    private final ConteudoDeDocumentos conteudo;
    private final ProcessosExistentes processos;
    private final long tamanhoMaximo;
    private final List<String> tiposAceitos;

    DocumentoController(CommandGateway commandGateway, ConteudoDeDocumentos conteudo, ProcessosExistentes processos,
                        ParametrosDosDocumentos parametros) {
        this.commandGateway = commandGateway;
        this.conteudo = conteudo;
        this.processos = processos;
        this.tamanhoMaximo = parametros.tamanhoMaximoBytes();
        this.tiposAceitos = parametros.tiposAceitos().stream().map(String::trim).toList();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "Anexado: documentoId, sha256, tamanho, tipoDeMidia e versao 0.")
    ResponseEntity<Map<String, Object>> anexar(@PathVariable String processoId,
                                               @RequestPart("arquivo") MultipartFile arquivo,
                                               @RequestParam(name = "categoria", required = false) String categoria) throws IOException {
        if (!processos.existe(processoId)) {
            throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.processo", processoId));
        }
        Arquivo recebido = validar(arquivo);
        String documentoId = Aleatorios.identificador();
        conteudo.guardar(recebido.sha256(), recebido.bytes());
        Comandos.enviar(commandGateway, new AnexarDocumento(documentoId, processoId, categoria == null ? "" : categoria.trim(),
                recebido.nome(), recebido.tipo(), recebido.bytes().length, recebido.sha256()));
        Map<String, Object> corpo = corpo(processoId, documentoId, 0, recebido);
        return ResponseEntity.created(URI.create("/api/v1/processos/" + processoId + "/documentos/" + documentoId + "/conteudo"))
                .eTag(VersaoEsperada.etag(0)).body(corpo);
    }

    @PostMapping(path = "/{documentoId}/versoes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> novaVersao(@PathVariable String processoId, @PathVariable String documentoId,
                                                   @RequestPart("arquivo") MultipartFile arquivo,
                                                   @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                   @RequestHeader(name = VersaoEsperada.CABECALHO, required = false) String ifMatch)
            throws IOException {
        exigirDoProcesso(processoId, documentoId);
        Arquivo recebido = validar(arquivo);
        conteudo.guardar(recebido.sha256(), recebido.bytes());
        Long versao = Comandos.enviar(commandGateway, new AnexarNovaVersao(documentoId, VersaoEsperada.de(ifMatch), recebido.nome(),
                recebido.tipo(), recebido.bytes().length, recebido.sha256()));
        return ResponseEntity.created(URI.create("/api/v1/processos/" + processoId + "/documentos/" + documentoId + "/conteudo"))
                .eTag(VersaoEsperada.etag(versao)).body(corpo(processoId, documentoId, versao, recebido));
    }

    record Avaliacao(@NotNull(message = "{campo.informe-se-o-documento-e-aceito}") Boolean aceito, @Size(max = 4000) String motivo) {
    }

    @PostMapping("/{documentoId}/avaliacao")
    ResponseEntity<Map<String, Object>> avaliar(@PathVariable String processoId, @PathVariable String documentoId,
                                                @Valid @RequestBody Avaliacao avaliacao,
                                                @Parameter(in = ParameterIn.HEADER, description = VersaoEsperada.DESCRICAO)
                                                @RequestHeader(name = VersaoEsperada.CABECALHO, required = false) String ifMatch) {
        exigirDoProcesso(processoId, documentoId);
        Long versao = Comandos.enviar(commandGateway, new AvaliarDocumento(documentoId, VersaoEsperada.de(ifMatch),
                avaliacao.aceito(), avaliacao.motivo()));
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("processoId", processoId);
        corpo.put("documentoId", documentoId);
        corpo.put("versao", versao);
        return ResponseEntity.accepted().eTag(VersaoEsperada.etag(versao)).body(corpo);
    }

    @GetMapping("/{documentoId}/conteudo")
    ResponseEntity<byte[]> baixar(@PathVariable String processoId, @PathVariable String documentoId,
                                  @RequestParam(name = "versao", required = false) Integer numeroVersao) {
        ConteudoDeDocumentos.VersaoGuardada versao = conteudo.versao(documentoId, numeroVersao)
                .filter(v -> v.processoId().equals(processoId))
                .orElseThrow(() -> new RecursoNaoEncontradoException(numeroVersao == null
                        ? MENSAGENS.texto("nao-encontrado.documento", processoId, documentoId)
                        : MENSAGENS.texto("nao-encontrado.versao-do-documento", processoId, documentoId, numeroVersao)));
        byte[] bytes = conteudo.bytes(versao.sha256())
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.conteudo-do-documento", documentoId)));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(versao.tipoDeMidia()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(versao.nomeArquivo(), StandardCharsets.UTF_8).build().toString())
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(versao.sha256())) + ":")
                .eTag("\"" + versao.sha256() + "\"")
                .body(bytes);
    }

    private void exigirDoProcesso(String processoId, String documentoId) {
        conteudo.versao(documentoId, null).filter(v -> v.processoId().equals(processoId))
                .orElseThrow(() -> new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.documento", processoId, documentoId)));
    }

    private record Arquivo(String nome, String tipo, byte[] bytes, String sha256) {
    }

    private Arquivo validar(MultipartFile arquivo) throws IOException {
        if (arquivo.isEmpty()) {
            throw new RegraVioladaException(MENSAGENS, "documento-vazio");
        }
        if (arquivo.getSize() > tamanhoMaximo) {
            throw new MaxUploadSizeExceededException(tamanhoMaximo);
        }
        String tipo = arquivo.getContentType() == null ? "" : arquivo.getContentType().toLowerCase().split(";")[0].trim();
        if (!tiposAceitos.contains(tipo)) {
            throw new RegraVioladaException(MENSAGENS, "tipo-de-documento-nao-aceito", tipo, String.join(", ", tiposAceitos));
        }
        byte[] bytes = arquivo.getBytes();
        if (!conteudoConfereComTipo(tipo, bytes)) {
            throw new RegraVioladaException(MENSAGENS, "conteudo-difere-do-tipo", tipo);
        }
        String nome = arquivo.getOriginalFilename() == null || arquivo.getOriginalFilename().isBlank()
                ? "documento" : arquivo.getOriginalFilename();
        if (nome.length() > 255) {
            nome = nome.substring(nome.length() - 255);
        }
        return new Arquivo(nome, tipo, bytes, sha256(bytes));
    }

    /** The declared type must match the file's signature where it has one, so a renamed file is caught. */
    private static boolean conteudoConfereComTipo(String tipo, byte[] bytes) {
        return switch (tipo) {
            case "application/pdf" -> comeca(bytes, "%PDF".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> comeca(bytes, new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> comeca(bytes, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "application/zip" -> comeca(bytes, new byte[]{'P', 'K', 3, 4});
            default -> true;
        };
    }

    private static boolean comeca(byte[] bytes, byte[] assinatura) {
        return bytes.length >= assinatura.length && Arrays.equals(bytes, 0, assinatura.length, assinatura, 0, assinatura.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> corpo(String processoId, String documentoId, long versao, Arquivo arquivo) {
        Map<String, Object> corpo = new LinkedHashMap<>();
        corpo.put("processoId", processoId);
        corpo.put("documentoId", documentoId);
        corpo.put("versao", versao);
        corpo.put("sha256", arquivo.sha256());
        corpo.put("tamanho", arquivo.bytes().length);
        corpo.put("tipoDeMidia", arquivo.tipo());
        return corpo;
    }
}
