package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.processo.TipoLicenca;
import br.licenciamento.platform.aleatorio.Aleatorios;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Licence numbers from a PostgreSQL sequence, so two instances never hand out the same one. */
@Component
class NumeracaoDeLicencaPostgres implements NumeracaoDeLicenca {

    // Crockford base 32: no I, L, O or U, so a code read aloud or typed is not mistaken.
    private static final char[] ALFABETO = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final JdbcClient jdbc;

    NumeracaoDeLicencaPostgres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String proximo(TipoLicenca tipo, LocalDate emissao) {
        long sequencia = jdbc.sql("SELECT nextval('licenca_command.numero_licenca_seq')").query(Long.class).single();
        String base = String.format("%s-%d/%06d", tipo.name(), emissao.getYear(), sequencia);
        return base + "-" + NumeracaoDeLicenca.digitoVerificador(String.format("%d%06d", emissao.getYear(), sequencia));
    }

    @Override
    public String codigoDeAutenticidade() {
        StringBuilder codigo = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                codigo.append('-');
            }
            codigo.append(ALFABETO[Aleatorios.gerador().nextInt(ALFABETO.length)]);
        }
        return codigo.toString();
    }
}
