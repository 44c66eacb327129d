package br.licenciamento.api.territorio;

import java.util.regex.Pattern;

/**
 * A bounding box "oeste,sul,leste,norte" in decimal degrees (longitude-latitude, the GeoJSON order), as a map asks
 * for it: the public map and a layer's features read it alike and refuse it for the same reasons.
 */
public record CaixaEnvolvente(double oeste, double sul, double leste, double norte) {

    /** The whole world: a map without a bbox. */
    public static final CaixaEnvolvente MUNDO = new CaixaEnvolvente(-180, -90, 180, 90);

    /** The media type of the GeoJSON the maps exchange (RFC 7946). */
    public static final String GEOJSON = "application/geo+json";

    private static final Pattern NUMERO = Pattern.compile("-?\\d{1,3}(\\.\\d{1,15})?");

    /** Why a box was refused; its label ({@code rotulos.properties}) is the sentence the user reads. */
    public enum FalhaDaCaixaEnvolvente {
        QUATRO_NUMEROS, LONGITUDE, LATITUDE, MINIMO_ANTES_DO_MAXIMO
    }

    /** A text that is no bounding box; each module answers it as its own 400. */
    public static final class CaixaEnvolventeInvalida extends IllegalArgumentException {

        private final FalhaDaCaixaEnvolvente falha;

        CaixaEnvolventeInvalida(FalhaDaCaixaEnvolvente falha) {
            super(falha.name());
            this.falha = falha;
        }

        public FalhaDaCaixaEnvolvente falha() {
            return falha;
        }
    }

    public static CaixaEnvolvente de(String texto) {
        String[] partes = texto.split(",", -1);
        if (partes.length != 4) {
            throw new CaixaEnvolventeInvalida(FalhaDaCaixaEnvolvente.QUATRO_NUMEROS);
        }
        double[] valores = new double[4];
        for (int i = 0; i < 4; i++) {
            String parte = partes[i].strip();
            if (!NUMERO.matcher(parte).matches()) {
                throw new CaixaEnvolventeInvalida(FalhaDaCaixaEnvolvente.QUATRO_NUMEROS);
            }
            valores[i] = Double.parseDouble(parte);
        }
        if (Math.abs(valores[0]) > 180 || Math.abs(valores[2]) > 180) {
            throw new CaixaEnvolventeInvalida(FalhaDaCaixaEnvolvente.LONGITUDE);
        }
        if (Math.abs(valores[1]) > 90 || Math.abs(valores[3]) > 90) {
            throw new CaixaEnvolventeInvalida(FalhaDaCaixaEnvolvente.LATITUDE);
        }
        if (valores[0] >= valores[2] || valores[1] >= valores[3]) {
            throw new CaixaEnvolventeInvalida(FalhaDaCaixaEnvolvente.MINIMO_ANTES_DO_MAXIMO);
        }
        return new CaixaEnvolvente(valores[0], valores[1], valores[2], valores[3]);
    }
}
