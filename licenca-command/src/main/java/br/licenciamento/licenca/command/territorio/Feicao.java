package br.licenciamento.licenca.command.territorio;

import br.licenciamento.api.territorio.Esfera;
import br.licenciamento.api.territorio.TipoDeCamada;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a reference layer version, as its properties named it.
 *
 * @param faixaMetros   the feature's own distance band (a defined buffer zone); null for the layer type's default
 * @param uf            the state, for a state boundary
 * @param municipioIbge the municipality, for a municipal boundary
 * @param geometria     longitude-latitude
 */
public record Feicao(String camadaId, int versao, TipoDeCamada tipo, String id, String nome, Esfera esfera, String categoria,
                     Double faixaMetros, String uf, String municipioIbge, Geometry geometria) {

    public boolean apa() {
        return categoria != null && categoria.trim().equalsIgnoreCase("APA");
    }
}
