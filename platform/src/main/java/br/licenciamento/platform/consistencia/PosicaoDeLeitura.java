package br.licenciamento.platform.consistencia;

/**
 * Read-your-writes for a client that needs it. A command's 2xx answer carries, in {@link #CABECALHO}, a position in
 * the event stream at or after its own events; a GET that sends it back (the same header, or the {@link #PARAMETRO}
 * parameter) is answered once the read models have reached it, or with 503 and {@code Retry-After} if they could not
 * in {@code licenciamento.leitura.espera-maxima} (2 s by default). Without it, reads answer at once, as they are.
 */
public final class PosicaoDeLeitura {

    public static final String CABECALHO = "X-Posicao-De-Leitura";
    public static final String PARAMETRO = "posicao";

    private PosicaoDeLeitura() {
    }
}
