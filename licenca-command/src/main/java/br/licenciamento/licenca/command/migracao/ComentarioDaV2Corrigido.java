package br.licenciamento.licenca.command.migracao;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The first comment line of {@code V2__catalogo_de_regras.sql} named a file the repository never had (DOMAIN.md); it
 * now names docs/dominio.md. Flyway's checksum covers comments, so a database migrated with the old text would refuse
 * to start ("checksum mismatch"). Before Flyway validates, this records the new checksum for version 2 of this
 * schema, and only when the recorded one is exactly the old text's: any other difference (a real change to an applied
 * migration) still stops the start, as it should. Nothing in the SQL changed, so nothing needs to run again.
 */
public final class ComentarioDaV2Corrigido implements Callback {

    /** One instance, so the schema declarations that carry it stay equal ({@code EsquemaDoModulo}). */
    public static final ComentarioDaV2Corrigido INSTANCIA = new ComentarioDaV2Corrigido();

    private static final Logger log = LoggerFactory.getLogger(ComentarioDaV2Corrigido.class);

    /** Flyway's CRC32 of the file's lines as they were (line 1 citing DOMAIN.md) and as they are. */
    public static final int CHECKSUM_ANTIGO = -1277466566;
    public static final int CHECKSUM_ATUAL = -738890676;
    private static final String VERSAO = "2";

    private ComentarioDaV2Corrigido() {
    }

    @Override
    public boolean supports(Event evento, Context contexto) {
        return evento == Event.BEFORE_VALIDATE;
    }

    @Override
    public boolean canHandleInTransaction(Event evento, Context contexto) {
        return true;
    }

    @Override
    public void handle(Event evento, Context contexto) {
        String esquema = contexto.getConfiguration().getSchemas()[0];
        String tabela = contexto.getConfiguration().getTable();
        Connection conexao = contexto.getConnection();
        try {
            if (!existe(conexao, esquema, tabela)) {
                return; // a new database: Flyway records the current checksum itself
            }
            try (PreparedStatement atualizar = conexao.prepareStatement("UPDATE \"" + esquema + "\".\"" + tabela
                    + "\" SET checksum = ? WHERE version = ? AND checksum = ?")) {
                atualizar.setInt(1, CHECKSUM_ATUAL);
                atualizar.setString(2, VERSAO);
                atualizar.setInt(3, CHECKSUM_ANTIGO);
                if (atualizar.executeUpdate() > 0) {
                    log.info("Esquema {}: checksum da versão {} atualizado (só o comentário da linha 1 mudou)", esquema, VERSAO);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Não foi possível atualizar o checksum da versão " + VERSAO + " em " + esquema, e);
        }
    }

    private static boolean existe(Connection conexao, String esquema, String tabela) throws SQLException {
        try (PreparedStatement consulta = conexao.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            consulta.setString(1, "\"" + esquema + "\".\"" + tabela + "\"");
            try (var resultado = consulta.executeQuery()) {
                return resultado.next() && resultado.getBoolean(1);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "comentario-da-v2-corrigido";
    }
}
