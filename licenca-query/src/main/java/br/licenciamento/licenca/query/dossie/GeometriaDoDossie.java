package br.licenciamento.licenca.query.dossie;

import org.bson.Document;
import org.bson.json.JsonParseException;

import java.util.Map;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/** The location's GeoJSON text as a document (what MongoDB stores and the dossier answers), and its kind in words. */
final class GeometriaDoDossie {

    private GeometriaDoDossie() {
    }

    /** The write side validated the geometry; text that still does not parse is kept out rather than failing the projection. */
    static Map<String, Object> documento(String geojson) {
        if (geojson == null || geojson.isBlank()) {
            return null;
        }
        try {
            return Document.parse(geojson);
        } catch (JsonParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /** "um polígono", "um ponto"...; a kind this module does not name reads generically. */
    static String tipoLegivel(Map<String, Object> geometria) {
        Object tipo = geometria == null ? null : geometria.get("type");
        String chave = "geometria." + tipo;
        return tipo != null && MENSAGENS.tem(chave) ? MENSAGENS.texto(chave) : MENSAGENS.texto("geometria.outra");
    }
}
