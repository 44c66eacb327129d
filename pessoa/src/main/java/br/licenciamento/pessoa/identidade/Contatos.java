package br.licenciamento.pessoa.identidade;

import br.licenciamento.api.comum.RegraVioladaException;

import java.util.Locale;
import java.util.regex.Pattern;

import static br.licenciamento.pessoa.Textos.MENSAGENS;

/** Validation and normal form of contact and location data: e-mail, phone, CEP, IBGE municipality, CNAE. */
public final class Contatos {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)+");
    /** IBGE state codes: the first two digits of every municipality code. */
    private static final Pattern MUNICIPIO = Pattern.compile("(1[1-7]|2[1-9]|3[1235]|4[1-3]|5[0-3])\\d{5}");

    private Contatos() {
    }

    public static String email(String entrada) {
        String email = entrada == null ? "" : entrada.trim().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches() || email.contains("..")) {
            throw new RegraVioladaException(MENSAGENS, "email-valido");
        }
        return email;
    }

    /** Brazilian phone with area code: 10 digits (landline) or 11 starting with 9 (mobile); +55 optional. */
    public static String telefone(String entrada) {
        String digitos = entrada == null ? "" : entrada.replaceAll("[\\s()+\\-.]", "");
        if (digitos.matches("55\\d{10,11}")) {
            digitos = digitos.substring(2);
        }
        boolean valido = digitos.matches("[1-9][1-9][2-8]\\d{7}") || digitos.matches("[1-9][1-9]9\\d{8}");
        if (!valido) {
            throw new RegraVioladaException(MENSAGENS, "telefone-valido");
        }
        return digitos;
    }

    public static String cep(String entrada) {
        String digitos = entrada == null ? "" : entrada.replaceAll("[\\s.\\-]", "");
        if (!digitos.matches("\\d{8}") || digitos.equals("00000000")) {
            throw new RegraVioladaException(MENSAGENS, "cep-valido");
        }
        return digitos;
    }

    public static String municipio(String entrada) {
        String codigo = entrada == null ? "" : entrada.trim();
        if (!MUNICIPIO.matcher(codigo).matches()) {
            throw new RegraVioladaException(MENSAGENS, "municipio-valido");
        }
        return codigo;
    }

    /** CNAE subclass, stored as NNNN-N/NN whether given punctuated or as 7 digits. */
    public static String cnae(String entrada) {
        String digitos = entrada == null ? "" : entrada.replaceAll("[\\s.\\-/]", "");
        if (!digitos.matches("\\d{7}")) {
            throw new RegraVioladaException(MENSAGENS, "cnae-valido");
        }
        return digitos.substring(0, 4) + "-" + digitos.charAt(4) + "/" + digitos.substring(5);
    }
}
