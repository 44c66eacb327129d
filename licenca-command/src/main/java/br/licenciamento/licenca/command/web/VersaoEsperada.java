package br.licenciamento.licenca.command.web;

import br.licenciamento.api.comum.RegraVioladaException;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Optimistic concurrency over HTTP: the client sends the aggregate version it last saw in {@code If-Match}
 * ({@code "3"}, {@code W/"3"} or {@code 3}); a command against a newer version is refused with 409. Without the
 * header the command applies to whatever version is current. Answers carry the new version as {@code ETag}.
 */
public final class VersaoEsperada {

    public static final String CABECALHO = "If-Match";
    public static final String DESCRICAO = "Versao do agregado que o cliente conhece (a ETag da ultima resposta). "
            + "Se o agregado mudou desde entao, a resposta e 409 e nada e registrado. Opcional.";

    private VersaoEsperada() {
    }

    public static Long de(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String valor = ifMatch.trim();
        if (valor.startsWith("W/")) {
            valor = valor.substring(2);
        }
        valor = valor.replace("\"", "");
        if (!valor.matches("\\d{1,18}")) {
            throw new RegraVioladaException(MENSAGENS, "if-match-invalido");
        }
        return Long.parseLong(valor);
    }

    public static String etag(long versao) {
        return "\"" + versao + "\"";
    }
}
