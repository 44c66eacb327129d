package br.licenciamento.licenca.query.publico;

import br.licenciamento.licenca.query.web.ParametroInvalidoException;

import java.util.regex.Pattern;

import static br.licenciamento.licenca.query.Textos.MENSAGENS;

/**
 * A bounding box "oeste,sul,leste,norte" in decimal degrees (longitude-latitude, the GeoJSON order), as the map asks
 * for it; anything else is the 400 of an invalid {@code bbox}.
 */
record CaixaEnvolvente(double oeste, double sul, double leste, double norte) {

    /** The whole world: the map without a bbox. */
    static final CaixaEnvolvente MUNDO = new CaixaEnvolvente(-180, -90, 180, 90);

    private static final Pattern NUMERO = Pattern.compile("-?\\d{1,3}(\\.\\d{1,15})?");

    static CaixaEnvolvente de(String texto) {
        if (texto == null) {
            return MUNDO;
        }
        String[] partes = texto.split(",", -1);
        if (partes.length != 4) {
            throw invalida("parametro.bbox.quatro-numeros");
        }
        double[] valores = new double[4];
        for (int i = 0; i < 4; i++) {
            String parte = partes[i].strip();
            if (!NUMERO.matcher(parte).matches()) {
                throw invalida("parametro.bbox.quatro-numeros");
            }
            valores[i] = Double.parseDouble(parte);
        }
        if (valores[0] < -180 || valores[2] > 180 || valores[0] > 180 || valores[2] < -180) {
            throw invalida("parametro.bbox.longitude");
        }
        if (valores[1] < -90 || valores[3] > 90 || valores[1] > 90 || valores[3] < -90) {
            throw invalida("parametro.bbox.latitude");
        }
        if (valores[0] >= valores[2] || valores[1] >= valores[3]) {
            throw invalida("parametro.bbox.minimo-antes-do-maximo");
        }
        return new CaixaEnvolvente(valores[0], valores[1], valores[2], valores[3]);
    }

    private static ParametroInvalidoException invalida(String chave) {
        return new ParametroInvalidoException("bbox", MENSAGENS.texto(chave));
    }
}
