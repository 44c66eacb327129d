package br.licenciamento.api.comum;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * A module's texts: one UTF-8 properties file per module, read once, its patterns filled with
 * {@link MessageFormat} in pt-BR. Arguments are shown the way a person in Brazil reads them: dates as
 * {@code dd/MM/yyyy}, instants as {@code dd/MM/yyyy HH:mm} in Brasília time, enum values by their label, numbers
 * with pt-BR separators ({@code {0,number,#}} in the pattern for a number that is a code, such as a year), and
 * money as {@code R$ 1.234,56} when passed through {@link #reais(BigDecimal)}.
 *
 * <p>Enum labels are looked up as {@code <EnumName with a lower-case first letter>.<CONSTANT>} (for example
 * {@code situacaoProcesso.EM_ANALISE}), first in the module's file and then in this module's
 * {@code rotulos.properties}, which labels the enums of the published language.
 */
public final class Mensagens {

    public static final Locale PT_BR = Locale.forLanguageTag("pt-BR");
    public static final ZoneId FUSO_DE_BRASILIA = ZoneId.of("America/Sao_Paulo");
    private static final DateTimeFormatter DATA = DateTimeFormatter.ofPattern("dd/MM/yyyy", PT_BR);
    private static final DateTimeFormatter DATA_E_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", PT_BR)
            .withZone(FUSO_DE_BRASILIA);

    /** The labels of the api's enums, shared by every module. */
    public static final Mensagens ROTULOS = new Mensagens(Mensagens.class, "/br/licenciamento/api/rotulos.properties", null);

    private final ResourceBundle textos;
    private final Mensagens rotulos;

    private Mensagens(Class<?> dono, String recurso, Mensagens rotulos) {
        this.textos = ler(dono, recurso);
        this.rotulos = rotulos;
    }

    /**
     * The texts of the module that owns {@code dono}, from the properties file at {@code recurso} (absolute classpath
     * path, e.g. {@code /br/licenciamento/pessoa/mensagens.properties}); a missing file fails at class loading.
     */
    public static Mensagens de(Class<?> dono, String recurso) {
        return new Mensagens(dono, recurso, ROTULOS);
    }

    /** The sentence under {@code chave}, filled with the arguments; a missing key is a programming error. */
    public String texto(String chave, Object... argumentos) {
        String modelo = textos.getString(chave);
        if (argumentos == null || argumentos.length == 0) {
            // Same quoting rules with or without arguments, so a pattern reads the same everywhere.
            return new MessageFormat(modelo, PT_BR).format(new Object[0]);
        }
        Object[] legiveis = new Object[argumentos.length];
        for (int i = 0; i < argumentos.length; i++) {
            legiveis[i] = legivel(argumentos[i]);
        }
        return new MessageFormat(modelo, PT_BR).format(legiveis);
    }

    public boolean tem(String chave) {
        return textos.containsKey(chave);
    }

    /** The label of an enum value, e.g. "Em análise" for {@code SituacaoProcesso.EM_ANALISE}. */
    public String rotulo(Enum<?> valor) {
        String chave = chaveDoRotulo(valor);
        if (textos.containsKey(chave)) {
            return textos.getString(chave);
        }
        if (rotulos != null) {
            return rotulos.rotulo(valor);
        }
        throw new MissingResourceException("Sem rótulo para " + chave, valor.getDeclaringClass().getName(), chave);
    }

    public static String chaveDoRotulo(Enum<?> valor) {
        String tipo = valor.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(tipo.charAt(0)) + tipo.substring(1) + "." + valor.name();
    }

    /** "A, B ou C", each value as a person reads it (labels for enum values). */
    public String ou(Collection<?> valores) {
        return juntar(valores, " ou ");
    }

    /** "A, B e C", each value as a person reads it (labels for enum values). */
    public String e(Collection<?> valores) {
        return juntar(valores, " e ");
    }

    private String juntar(Collection<?> valores, String conjuncao) {
        List<String> legiveis = valores.stream().map(v -> String.valueOf(legivel(v))).toList();
        if (legiveis.size() < 2) {
            return String.join("", legiveis);
        }
        return String.join(", ", legiveis.subList(0, legiveis.size() - 1)) + conjuncao + legiveis.get(legiveis.size() - 1);
    }

    /** {@code R$ 1.234,56}. */
    public static String reais(BigDecimal valor) {
        DecimalFormat formato = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(PT_BR));
        return "R$ " + formato.format(valor);
    }

    public static String data(LocalDate data) {
        return DATA.format(data);
    }

    public static String dataEHora(Instant instante) {
        return DATA_E_HORA.format(instante);
    }

    private Object legivel(Object argumento) {
        if (argumento instanceof LocalDate data) {
            return data(data);
        }
        if (argumento instanceof Instant instante) {
            return dataEHora(instante);
        }
        if (argumento instanceof Enum<?> valor) {
            return rotulo(valor);
        }
        return argumento;
    }

    private static ResourceBundle ler(Class<?> dono, String recurso) {
        try (InputStream entrada = dono.getResourceAsStream(recurso)) {
            if (entrada == null) {
                throw new IllegalStateException("Arquivo de textos ausente: " + recurso);
            }
            try (Reader leitor = new InputStreamReader(entrada, StandardCharsets.UTF_8)) {
                return new PropertyResourceBundle(leitor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
