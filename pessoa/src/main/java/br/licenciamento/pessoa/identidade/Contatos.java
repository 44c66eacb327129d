package br.licenciamento.pessoa.identidade;

import br.licenciamento.api.comum.RegraVioladaException;

import java.util.Locale;
import java.util.regex.Pattern;

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
            throw new RegraVioladaException("email-valido", "O e-mail informado nao e valido (exemplo: nome@dominio.com.br).");
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
            throw new RegraVioladaException("telefone-valido",
                    "O telefone informado nao e valido: use DDD e numero, por exemplo (31) 98765-4321.");
        }
        return digitos;
    }

    public static String cep(String entrada) {
        String digitos = entrada == null ? "" : entrada.replaceAll("[\\s.\\-]", "");
        if (!digitos.matches("\\d{8}") || digitos.equals("00000000")) {
            throw new RegraVioladaException("cep-valido", "O CEP informado nao e valido: use 8 digitos, por exemplo 30130-010.");
        }
        return digitos;
    }

    public static String municipio(String entrada) {
        String codigo = entrada == null ? "" : entrada.trim();
        if (!MUNICIPIO.matcher(codigo).matches()) {
            throw new RegraVioladaException("municipio-valido",
                    "O municipio deve ser o codigo IBGE de 7 digitos de um municipio brasileiro, por exemplo 3106200.");
        }
        return codigo;
    }

    /** CNAE subclass, stored as NNNN-N/NN whether given punctuated or as 7 digits. */
    public static String cnae(String entrada) {
        String digitos = entrada == null ? "" : entrada.replaceAll("[\\s.\\-/]", "");
        if (!digitos.matches("\\d{7}")) {
            throw new RegraVioladaException("cnae-valido", "A atividade principal deve ser uma subclasse CNAE no formato NNNN-N/NN.");
        }
        return digitos.substring(0, 4) + "-" + digitos.charAt(4) + "/" + digitos.substring(5);
    }
}
