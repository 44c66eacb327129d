package br.licenciamento.licenca.query.certificado;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The texts a person reads on the certificate and in the version check, from {@code certificado.properties}. */
public final class Textos {

    static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy", PT_BR);
    // One bundle, whatever the JVM's default locale: no lookup of other languages' files.
    private static final ResourceBundle TEXTOS = ResourceBundle.getBundle(
            "br.licenciamento.licenca.query.certificado.certificado", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Textos() {
    }

    public static String texto(String chave, Object... argumentos) {
        String modelo = TEXTOS.getString(chave);
        return argumentos.length == 0 ? modelo : new MessageFormat(modelo, PT_BR).format(argumentos);
    }

    public static String data(LocalDate data) {
        return data == null ? "" : DATA.format(data);
    }
}
