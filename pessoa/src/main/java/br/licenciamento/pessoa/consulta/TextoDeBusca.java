package br.licenciamento.pessoa.consulta;

import java.text.Normalizer;
import java.util.Locale;

/** Names as searched: lower case, without accents, single spaces ("São José" and "sao jose" match). */
final class TextoDeBusca {

    private TextoDeBusca() {
    }

    static String de(String texto) {
        if (texto == null) {
            return null;
        }
        return Normalizer.normalize(texto, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .trim();
    }

    /** A LIKE pattern matching the text anywhere, with LIKE's wildcards taken literally. */
    static String contendo(String texto) {
        return "%" + de(texto).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
