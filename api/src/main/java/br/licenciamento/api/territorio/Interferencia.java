package br.licenciamento.api.territorio;

/**
 * One feature of a reference layer that the enterprise touches: it lies within it, crosses it, or lies within the
 * feature's distance band (buffer zone) without touching it. Distances and areas are geodesic, in metres and square
 * metres, never degrees.
 *
 * @param esfera          the sphere managing the feature (conservation units, indigenous lands); null for boundaries
 * @param categoria       the feature's category as the layer names it (e.g. "APA", "PARNA"); null when none
 * @param distanciaMetros 0 when the geometries touch
 * @param areaSobrepostaM2 the overlapping area; 0 for points, lines and features merely within the band
 */
public record Interferencia(
        String camadaId,
        int versao,
        TipoDeCamada tipo,
        String feicaoId,
        String nome,
        Esfera esfera,
        String categoria,
        Relacao relacao,
        double distanciaMetros,
        double areaSobrepostaM2) {

    /** How the enterprise relates to the feature. */
    public enum Relacao {
        DENTRO,
        INTERSECTA,
        NA_FAIXA
    }
}
