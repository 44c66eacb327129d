package br.licenciamento.auth.usuario;

import br.licenciamento.platform.web.Pagina;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users in the module's own schema. */
@Repository
public class Usuarios {

    private static final String COLUNAS = "id, login, nome, email, senha_hash, papeis, ativo, falhas_de_login, bloqueado_ate, criado_em";

    private final JdbcClient jdbc;

    public Usuarios(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Usuario> porLogin(String login) {
        return jdbc.sql("SELECT " + COLUNAS + " FROM auth.usuario WHERE login = :login")
                .param("login", login).query(Usuarios::mapear).optional();
    }

    public Optional<Usuario> porId(UUID id) {
        return jdbc.sql("SELECT " + COLUNAS + " FROM auth.usuario WHERE id = :id")
                .param("id", id).query(Usuarios::mapear).optional();
    }

    public Pagina<Usuario> pagina(int pagina, int tamanho) {
        List<Usuario> itens = jdbc.sql("SELECT " + COLUNAS + " FROM auth.usuario ORDER BY login LIMIT :tamanho OFFSET :pular")
                .param("tamanho", tamanho).param("pular", Pagina.deslocamento(pagina, tamanho)).query(Usuarios::mapear).list();
        long total = jdbc.sql("SELECT count(*) FROM auth.usuario").query(Long.class).single();
        return new Pagina<>(itens, total, pagina, tamanho);
    }

    public boolean existeComPapel(String papel) {
        return contarAtivosComPapel(papel) > 0;
    }

    public long contarAdminsAtivos() {
        return contarAtivosComPapel("ADMIN");
    }

    private long contarAtivosComPapel(String papel) {
        return jdbc.sql("SELECT count(*) FROM auth.usuario WHERE ativo AND (',' || papeis || ',') LIKE :papel")
                .param("papel", "%," + papel + ",%").query(Long.class).single();
    }

    /** @return false if the login is already taken */
    public boolean incluir(UUID id, String login, String nome, String email, String senhaHash, List<String> papeis) {
        return jdbc.sql("""
                        INSERT INTO auth.usuario (id, login, nome, email, senha_hash, papeis)
                        VALUES (:id, :login, :nome, :email, :senha, :papeis) ON CONFLICT (login) DO NOTHING""")
                .param("id", id).param("login", login).param("nome", nome).param("email", email)
                .param("senha", senhaHash).param("papeis", String.join(",", papeis)).update() == 1;
    }

    public void alterar(UUID id, String nome, String email, List<String> papeis, boolean ativo) {
        jdbc.sql("""
                        UPDATE auth.usuario SET nome = :nome, email = :email, papeis = :papeis, ativo = :ativo,
                               atualizado_em = now() WHERE id = :id""")
                .param("id", id).param("nome", nome).param("email", email)
                .param("papeis", String.join(",", papeis)).param("ativo", ativo).update();
    }

    public void trocarSenha(UUID id, String senhaHash) {
        jdbc.sql("UPDATE auth.usuario SET senha_hash = :senha, atualizado_em = now() WHERE id = :id")
                .param("id", id).param("senha", senhaHash).update();
    }

    /**
     * Counts one more failed login; a lock that has run out starts a fresh count.
     *
     * @return the failures counted so far, or empty for an unknown login
     */
    public Optional<Integer> registrarFalha(String login, Instant agora) {
        return jdbc.sql("""
                        UPDATE auth.usuario SET
                            falhas_de_login = CASE WHEN bloqueado_ate <= :agora THEN 1 ELSE falhas_de_login + 1 END,
                            bloqueado_ate = CASE WHEN bloqueado_ate <= :agora THEN NULL ELSE bloqueado_ate END
                        WHERE login = :login RETURNING falhas_de_login""")
                .param("login", login).param("agora", Timestamp.from(agora)).query(Integer.class).optional();
    }

    public void bloquear(String login, Instant ate) {
        jdbc.sql("UPDATE auth.usuario SET bloqueado_ate = :ate WHERE login = :login")
                .param("login", login).param("ate", Timestamp.from(ate)).update();
    }

    public void zerarFalhas(String login) {
        jdbc.sql("UPDATE auth.usuario SET falhas_de_login = 0, bloqueado_ate = NULL WHERE login = :login AND falhas_de_login > 0")
                .param("login", login).update();
    }

    public void desbloquear(UUID id) {
        jdbc.sql("UPDATE auth.usuario SET falhas_de_login = 0, bloqueado_ate = NULL, atualizado_em = now() WHERE id = :id")
                .param("id", id).update();
    }

    private static Usuario mapear(ResultSet rs, int linha) throws SQLException {
        Timestamp bloqueado = rs.getTimestamp("bloqueado_ate");
        return new Usuario(rs.getObject("id", UUID.class), rs.getString("login"), rs.getString("nome"),
                rs.getString("email"), rs.getString("senha_hash"),
                Arrays.stream(rs.getString("papeis").split(",")).map(String::trim).filter(p -> !p.isEmpty()).toList(),
                rs.getBoolean("ativo"), rs.getInt("falhas_de_login"),
                bloqueado != null ? bloqueado.toInstant() : null, rs.getTimestamp("criado_em").toInstant());
    }
}
