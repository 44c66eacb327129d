package br.licenciamento.licenca.command.camada;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.territorio.CaixaEnvolvente;
import br.licenciamento.api.territorio.PublicarCamada;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.licenca.command.territorio.CamadaCarregada;
import br.licenciamento.licenca.command.territorio.Feicao;
import br.licenciamento.licenca.command.territorio.FeicoesDasCamadas;
import br.licenciamento.licenca.command.territorio.GeoJson;
import br.licenciamento.licenca.command.territorio.GeometriaInvalidaException;
import br.licenciamento.licenca.command.territorio.IndiceDasCamadas;
import br.licenciamento.licenca.command.web.Comandos;
import br.licenciamento.licenca.command.web.CorpoLimitado;
import br.licenciamento.platform.auditoria.UsuarioAtual;
import br.licenciamento.platform.web.RecursoNaoEncontradoException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.locationtech.jts.geom.Envelope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Reference layers (issue 25): ADMIN uploads a GeoJSON FeatureCollection as a new version of a layer; everybody reads
 * the layers in force and their features (public data). The features are stored first, then the version is published
 * ({@code CamadaPublicada}); a refused publication leaves nothing stored.
 */
@RestController
@RequestMapping("/api/v1/camadas")
@Tag(name = "Camadas de referência", description = "Unidades de conservação, terras indígenas, territórios quilombolas, "
        + "limites estaduais e municipais e outras camadas, carregadas e versionadas pelo órgão.")
class CamadaController {

    /** A layer file larger than this is refused with 413 before it is parsed. */
    static final int MAXIMO_DE_BYTES = 50 * 1024 * 1024;

    private final CommandGateway commandGateway;
    private final FeicoesDasCamadas feicoes;
    private final IndiceDasCamadas indice;
    private final UsuarioAtual usuario;

    CamadaController(CommandGateway commandGateway, FeicoesDasCamadas feicoes, IndiceDasCamadas indice, UsuarioAtual usuario) {
        this.commandGateway = commandGateway;
        this.feicoes = feicoes;
        this.indice = indice;
        this.usuario = usuario;
    }

    @PostMapping(consumes = {CaixaEnvolvente.GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    @ApiResponse(responseCode = "201", description = "Versão publicada: camadaId, versao, feicoes e sha256 do arquivo.")
    ResponseEntity<Map<String, Object>> publicar(
            @Parameter(description = "Nome da camada (até 200 caracteres).") @RequestParam String nome,
            @Parameter(description = "Tipo da camada.") @RequestParam TipoDeCamada tipo,
            @Parameter(description = "Identificador da camada; sem ele, deriva do nome. Repetir o mesmo publica nova versão.")
            @RequestParam(required = false) String camadaId,
            HttpServletRequest requisicao) throws IOException {
        if (nome.isBlank() || nome.length() > 200) {
            throw new GeometriaInvalidaException("nome", "camada-invalida.nome");
        }
        String id = camadaId == null || camadaId.isBlank() ? slug(nome) : camadaId.trim();
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 100) {
            throw new GeometriaInvalidaException("camadaId", "camada-invalida.identificador");
        }
        byte[] corpo = CorpoLimitado.ler(requisicao, MAXIMO_DE_BYTES);
        List<Feicao> lidas = LeituraDeCamada.ler(corpo, id, tipo);
        String sha256 = sha256(corpo);
        int versao;
        try {
            versao = feicoes.reservar(id, nome.trim(), tipo, sha256, lidas);
        } catch (DuplicateKeyException e) {
            throw new RegraVioladaException(MENSAGENS, "camada-em-publicacao");
        }
        try {
            Comandos.enviar(commandGateway, new PublicarCamada(id, nome.trim(), tipo, versao, lidas.size(), sha256,
                    usuario.sujeito()));
        } catch (RuntimeException e) {
            feicoes.descartar(id, versao);
            throw e;
        }
        indice.atualizar();
        Map<String, Object> corpoDaResposta = new LinkedHashMap<>();
        corpoDaResposta.put("camadaId", id);
        corpoDaResposta.put("versao", versao);
        corpoDaResposta.put("feicoes", lidas.size());
        corpoDaResposta.put("sha256", sha256);
        return ResponseEntity.created(URI.create("/api/v1/camadas/" + id + "/feicoes")).body(corpoDaResposta);
    }

    @GetMapping
    @ApiResponse(responseCode = "200", description = "As camadas com a versão vigente de cada uma.")
    List<Map<String, Object>> listar() {
        List<Map<String, Object>> lista = new ArrayList<>();
        for (FeicoesDasCamadas.Versao v : feicoes.vigentes()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("camadaId", v.camadaId());
            item.put("nome", v.nome());
            item.put("tipo", v.tipo());
            item.put("versao", v.versao());
            item.put("feicoes", v.feicoes());
            item.put("publicadaEm", v.publicadaEm());
            lista.add(item);
        }
        return lista;
    }

    @GetMapping(value = "/{camadaId}/feicoes", produces = {CaixaEnvolvente.GEOJSON, MediaType.APPLICATION_JSON_VALUE})
    @ApiResponse(responseCode = "200", description = "As feições da versão vigente (FeatureCollection GeoJSON), no recorte bbox se informado.")
    ResponseEntity<String> feicoes(@PathVariable String camadaId,
                                   @Parameter(description = "Recorte oeste,sul,leste,norte em graus decimais (longitude e latitude).")
                                   @RequestParam(required = false) String bbox) {
        Optional<CamadaCarregada> camada = indice.vigentes().stream()
                .filter(c -> c.versao().camadaId().equals(camadaId)).findFirst();
        if (camada.isEmpty()) {
            throw new RecursoNaoEncontradoException(MENSAGENS.texto("nao-encontrado.camada", camadaId));
        }
        List<Feicao> selecionadas = bbox == null || bbox.isBlank() ? camada.get().feicoes() : camada.get().candidatas(recorte(bbox));
        ObjectNode colecao = JsonNodeFactory.instance.objectNode();
        colecao.put("type", "FeatureCollection");
        ArrayNode lista = colecao.putArray("features");
        selecionadas.stream().sorted(Comparator.comparing(Feicao::id)).forEach(f -> {
            ObjectNode feature = lista.addObject();
            feature.put("type", "Feature");
            feature.put("id", f.id());
            ObjectNode propriedades = feature.putObject("properties");
            propriedades.put("id", f.id());
            propriedades.put("nome", f.nome());
            propriedades.put("tipo", f.tipo().name());
            propriedades.put("esfera", f.esfera() == null ? null : f.esfera().name());
            propriedades.put("categoria", f.categoria());
            feature.set("geometry", GeoJson.escrever(f.geometria()));
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CaixaEnvolvente.GEOJSON)).body(colecao.toString());
    }

    private static Envelope recorte(String bbox) {
        try {
            CaixaEnvolvente caixa = CaixaEnvolvente.de(bbox);
            return new Envelope(caixa.oeste(), caixa.leste(), caixa.sul(), caixa.norte());
        } catch (CaixaEnvolvente.CaixaEnvolventeInvalida invalida) {
            throw new GeometriaInvalidaException("bbox", "bbox-invalido", MENSAGENS.rotulo(invalida.falha()));
        }
    }

    /** "Unidades de Conservação Estaduais" → "unidades-de-conservacao-estaduais". */
    static String slug(String nome) {
        String semAcento = Normalizer.normalize(nome, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = semAcento.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 100 ? slug.substring(0, 100).replaceAll("-+$", "") : slug;
    }

    private static String sha256(byte[] corpo) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(corpo));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
