package br.licenciamento.licenca.command.camada;

import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;
import br.licenciamento.licenca.command.territorio.Feicao;
import br.licenciamento.licenca.command.territorio.GeoJson;
import br.licenciamento.licenca.command.territorio.GeometriaInvalidaException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A layer file as uploaded: a GeoJSON FeatureCollection in SIRGAS 2000 / WGS 84 longitude-latitude (a {@code crs}
 * member, if any, must name EPSG:4674, EPSG:4326 or CRS84). Each feature needs a unique {@code id} and a valid
 * geometry; {@code nome}, {@code esfera}, {@code categoria}, {@code faixaMetros}, {@code uf} and
 * {@code municipioIbge} are read when present. The whole file is refused at its first fault, named.
 */
final class LeituraDeCamada {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CRS_ACEITO = Pattern.compile(".*(EPSG:{1,2}(4326|4674)|CRS84)$", Pattern.CASE_INSENSITIVE);
    private static final int MAXIMO_TEXTO = 300;

    private LeituraDeCamada() {
    }

    static List<Feicao> ler(byte[] corpo, String camadaId, TipoDeCamada tipo) {
        JsonNode raiz;
        try {
            raiz = JSON.readTree(corpo);
        } catch (JsonProcessingException e) {
            throw new GeometriaInvalidaException("corpo", "camada-invalida.json");
        } catch (IOException e) {
            throw new GeometriaInvalidaException("corpo", "camada-invalida.json");
        }
        if (raiz == null || !raiz.isObject() || !"FeatureCollection".equals(raiz.path("type").asText())
                || !raiz.path("features").isArray()) {
            throw new GeometriaInvalidaException("type", "camada-invalida.feature-collection");
        }
        JsonNode crs = raiz.get("crs");
        if (crs != null && !crs.isNull()) {
            String nome = crs.path("properties").path("name").asText(crs.toString());
            if (!CRS_ACEITO.matcher(nome.trim()).matches()) {
                throw new GeometriaInvalidaException("crs", "camada-invalida.crs", nome.length() > 100 ? nome.substring(0, 100) : nome);
            }
        }
        JsonNode features = raiz.get("features");
        if (features.isEmpty()) {
            throw new GeometriaInvalidaException("features", "camada-invalida.vazia");
        }
        List<Feicao> feicoes = new ArrayList<>(features.size());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            String onde = "features[" + i + "]";
            if (!f.isObject() || !"Feature".equals(f.path("type").asText())) {
                throw new GeometriaInvalidaException(onde, "camada-invalida.feicao", i);
            }
            JsonNode p = f.path("properties");
            String id = texto(p, "id", onde, String.valueOf(i));
            if (id == null || id.isBlank()) {
                id = f.hasNonNull("id") && f.get("id").isValueNode() ? f.get("id").asText() : null;
            }
            if (id == null || id.isBlank()) {
                throw new GeometriaInvalidaException(onde + ".properties.id", "camada-invalida.sem-id", i);
            }
            if (!ids.add(id)) {
                throw new GeometriaInvalidaException(onde + ".properties.id", "camada-invalida.id-repetido", id);
            }
            Geometry g;
            try {
                g = GeoJson.ler(f.get("geometry"), onde + ".geometry");
            } catch (GeometriaInvalidaException e) {
                throw new GeometriaInvalidaException(onde + ".geometry", "camada-invalida.geometria", id, e.getMessage());
            }
            IsValidOp valida = new IsValidOp(g);
            if (!valida.isValid()) {
                TopologyValidationError erro = valida.getValidationError();
                String perto = erro.getCoordinate() == null ? ""
                        : String.format(Locale.ROOT, " (%.6f, %.6f)", erro.getCoordinate().x, erro.getCoordinate().y);
                throw new GeometriaInvalidaException(onde + ".geometry", "camada-invalida.geometria", id, erro.getMessage() + perto);
            }
            feicoes.add(new Feicao(camadaId, 0, tipo, id, texto(p, "nome", onde, id), esfera(p, onde, id),
                    texto(p, "categoria", onde, id), faixa(p, onde, id), texto(p, "uf", onde, id),
                    texto(p, "municipioIbge", onde, id), g));
        }
        return feicoes;
    }

    private static String texto(JsonNode p, String nome, String onde, String id) {
        JsonNode v = p.get(nome);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String texto = v.asText().trim();
        if (texto.length() > MAXIMO_TEXTO) {
            throw new GeometriaInvalidaException(onde + ".properties." + nome, "camada-invalida.texto", id, nome, MAXIMO_TEXTO);
        }
        return texto.isEmpty() ? null : texto.replace("\u0000", "");
    }

    private static Esfera esfera(JsonNode p, String onde, String id) {
        String valor = texto(p, "esfera", onde, id);
        if (valor == null) {
            return null;
        }
        try {
            return Esfera.valueOf(valor.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GeometriaInvalidaException(onde + ".properties.esfera", "camada-invalida.esfera", id, valor);
        }
    }

    private static Double faixa(JsonNode p, String onde, String id) {
        JsonNode v = p.get("faixaMetros");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < 0 || v.asDouble() > 100_000) {
            throw new GeometriaInvalidaException(onde + ".properties.faixaMetros", "camada-invalida.faixa", id);
        }
        return v.asDouble();
    }
}
