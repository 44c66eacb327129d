package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;

/** Public numbers of issued licences and their authenticity codes. */
public interface NumeracaoDeLicenca {

    /** Type, year and sequence with a mod-11 check digit, e.g. {@code LP-2026/000042-7}. */
    String proximo(TipoLicenca tipo, LocalDate emissao);

    /** An unguessable code printed on the licence, by which anyone can check it is authentic. */
    String codigoDeAutenticidade();

    /** Mod-11 check digit over the digits of {@code base} (weights 2..9 from the right; 10 and 11 become 0). */
    static int digitoVerificador(String base) {
        int soma = 0;
        int peso = 2;
        for (int i = base.length() - 1; i >= 0; i--) {
            char c = base.charAt(i);
            if (Character.isDigit(c)) {
                soma += (c - '0') * peso;
                peso = peso == 9 ? 2 : peso + 1;
            }
        }
        int digito = 11 - soma % 11;
        return digito >= 10 ? 0 : digito;
    }
}
