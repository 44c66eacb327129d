package br.licenciamento.pessoa.identidade;

import br.licenciamento.api.comum.RegraVioladaException;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Property-based checks of the check digits with a seeded generator (reproducible): every generated valid
 * number passes, punctuated or plain, and every single-character corruption of it fails — except the
 * corruptions the official mod-11 algorithm cannot see, which exist even for the CPF (518.371.074-08 and
 * 418.371.074-08 are both valid). Those are characterised by an independent oracle on the weighted sums and
 * must be exactly the ones accepted.
 */
class DigitosVerificadoresPropriedadesTest {

    private static final int CASOS = 5_000;
    private static final String ALFANUMERICOS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random aleatorio = new Random(20260701L);

    @Test
    void todoCpfGeradoPassaECorrupcaoDeUmDigitoFalhaForaDosPontosCegosDoAlgoritmo() {
        for (int caso = 0; caso < CASOS; caso++) {
            String cpf = Cpf.comDigitos(sorteio("0123456789", 9));
            if (cpf.chars().distinct().count() == 1) {
                continue;
            }
            assertThat(Cpf.valido(cpf)).as(cpf).isTrue();
            assertThat(Cpf.normalizar(Cpf.formatar(cpf))).isEqualTo(cpf);
            for (int posicao = 0; posicao < 11; posicao++) {
                for (char outro = '0'; outro <= '9'; outro++) {
                    if (outro != cpf.charAt(posicao)) {
                        String corrompido = trocar(cpf, posicao, outro);
                        conferir(Cpf.valido(corrompido), cpf, corrompido, PESOS_CPF_DV1, PESOS_CPF_DV2);
                    }
                }
            }
        }
        // Only the 0/1 remainder collapse remains for digits: a small fraction of all corruptions.
        assertThat(pontosCegos).as("pontos cegos em %d corrupcoes", corrupcoes).isLessThan(corrupcoes / 50);
    }

    @Test
    void todoCnpjAlfanumericoGeradoPassaECorrupcaoDeUmCaractereFalhaForaDosPontosCegosDoAlgoritmo() {
        for (int caso = 0; caso < CASOS; caso++) {
            String cnpj = Cnpj.comDigitos(sorteio(ALFANUMERICOS, 12));
            assertThat(Cnpj.valido(cnpj)).as(cnpj).isTrue();
            assertThat(Cnpj.normalizar(Cnpj.formatar(cnpj).toLowerCase())).isEqualTo(cnpj);
            for (int posicao = 0; posicao < 14; posicao++) {
                String possiveis = posicao < 12 ? ALFANUMERICOS : "0123456789";
                for (char outro : possiveis.toCharArray()) {
                    if (outro != cnpj.charAt(posicao)) {
                        String corrompido = trocar(cnpj, posicao, outro);
                        conferir(Cnpj.valido(corrompido), cnpj, corrompido, PESOS_CNPJ_DV1, PESOS_CNPJ_DV2);
                    }
                }
            }
        }
        // Letters add the value-differs-by-11 blind spot (A↔L↔W, 0↔B↔M↔X ...): still under one in ten.
        assertThat(pontosCegos).as("pontos cegos em %d corrupcoes", corrupcoes).isLessThan(corrupcoes / 10);
    }

    private static final int[] PESOS_CPF_DV1 = {10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] PESOS_CPF_DV2 = {11, 10, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] PESOS_CNPJ_DV1 = {5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};
    private static final int[] PESOS_CNPJ_DV2 = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

    private long corrupcoes;
    private long pontosCegos;

    /**
     * A corruption must be refused, except in the official algorithm's two blind spots, computed here on the
     * weighted sums by an independent oracle: a weighted sum whose remainder mod 11 is unchanged (a character
     * replaced by one whose value differs by 11, 22 or 33 — only possible with letters), or remainders that
     * move between 0 and 1, which both give check digit 0. Every other corruption fails.
     */
    private void conferir(boolean aceito, String original, String corrompido, int[] pesosDv1, int[] pesosDv2) {
        corrupcoes++;
        boolean pontoCego = mesmoDigito(resto(original, pesosDv1), resto(corrompido, pesosDv1))
                && mesmoDigito(resto(original, pesosDv2), resto(corrompido, pesosDv2))
                && original.substring(pesosDv2.length).equals(corrompido.substring(pesosDv2.length))
                && original.charAt(pesosDv1.length) == corrompido.charAt(pesosDv1.length);
        if (pontoCego) {
            pontosCegos++;
        }
        assertThat(aceito).as("%s corrompido para %s", original, corrompido).isEqualTo(pontoCego);
    }

    private static int resto(String documento, int[] pesos) {
        int soma = 0;
        for (int i = 0; i < pesos.length; i++) {
            soma += (documento.charAt(i) - '0') * pesos[i];
        }
        return soma % 11;
    }

    private static boolean mesmoDigito(int resto, int outroResto) {
        return resto == outroResto || (resto < 2 && outroResto < 2);
    }

    @Test
    void pontosCegosDoAlgoritmoOficialSaoAceitosComoMandaARegra() {
        String cnpj = "12ABC34501DE35";
        assertThat(Cnpj.valido(trocar(cnpj, 2, 'L'))).as("A (17) -> L (28): mesmo resto modulo 11").isTrue();
        assertThat(Cnpj.valido(trocar(cnpj, 2, 'B'))).isFalse();
        assertThat(Cpf.valido("51837107408")).isTrue();
        assertThat(Cpf.valido("41837107408")).as("restos 0 e 1 dao o mesmo digito 0").isTrue();
    }

    @Test
    void exemploOficialDoCnpjAlfanumerico() {
        assertThat(Cnpj.valido("12.ABC.345/01DE-35")).isTrue();
        assertThat(Cnpj.valido("12abc34501de35")).isTrue();
        assertThat(Cnpj.normalizar("12.ABC.345/01DE-35")).isEqualTo("12ABC34501DE35");
        assertThat(Cnpj.valido("11.222.333/0001-81")).isTrue();
    }

    @Test
    void documentosComTodosOsDigitosIguaisSaoRecusados() {
        for (char c = '0'; c <= '9'; c++) {
            String onze = String.valueOf(c).repeat(11);
            String quatorze = String.valueOf(c).repeat(14);
            assertThat(Cpf.valido(onze)).as(onze).isFalse();
            assertThat(Cnpj.valido(quatorze)).as(quatorze).isFalse();
        }
        assertThatThrownBy(() -> Cpf.normalizar("111.111.111-11"))
                .isInstanceOf(RegraVioladaException.class)
                .extracting(e -> ((RegraVioladaException) e).regra()).isEqualTo("cpf-valido");
    }

    @Test
    void entradasMalFormadasSaoRecusadas() {
        assertThat(Cpf.valido(null)).isFalse();
        assertThat(Cpf.valido("529.982.247-2")).isFalse();
        assertThat(Cpf.valido("529A982.247-25")).isFalse();
        assertThat(Cnpj.valido("12.ABC.345/01DE-3A")).isFalse();
        assertThat(Cnpj.valido("12.ABC.345/01DE")).isFalse();
        assertThat(Cnpj.valido("12.AB#.345/01DE-35")).isFalse();
    }

    private String sorteio(String alfabeto, int tamanho) {
        StringBuilder texto = new StringBuilder(tamanho);
        for (int i = 0; i < tamanho; i++) {
            texto.append(alfabeto.charAt(aleatorio.nextInt(alfabeto.length())));
        }
        return texto.toString();
    }

    private static String trocar(String texto, int posicao, char novo) {
        return texto.substring(0, posicao) + novo + texto.substring(posicao + 1);
    }
}
