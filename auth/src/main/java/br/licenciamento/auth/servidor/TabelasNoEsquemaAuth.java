package br.licenciamento.auth.servidor;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Spring Authorization Server's JDBC services write unqualified table names; ours live in the {@code auth}
 * schema of a database other modules share. This view of the pool qualifies those names in the SQL it
 * prepares, so the shared connections keep their search path untouched.
 */
final class TabelasNoEsquemaAuth extends DelegatingDataSource {

    private static final Pattern TABELAS =
            Pattern.compile("\\b(oauth2_authorization_consent|oauth2_authorization|oauth2_registered_client)\\b");

    TabelasNoEsquemaAuth(DataSource alvo) {
        super(alvo);
    }

    static String qualificar(String sql) {
        return TABELAS.matcher(sql).replaceAll("auth.$1");
    }

    @Override
    public Connection getConnection() throws SQLException {
        return qualificando(super.getConnection());
    }

    @Override
    public Connection getConnection(String usuario, String senha) throws SQLException {
        return qualificando(super.getConnection(usuario, senha));
    }

    private static Connection qualificando(Connection conexao) {
        InvocationHandler handler = (proxy, metodo, argumentos) -> {
            if (argumentos != null && argumentos.length > 0 && argumentos[0] instanceof String sql
                    && (metodo.getName().startsWith("prepare") || metodo.getName().equals("nativeSQL"))) {
                argumentos[0] = qualificar(sql);
            }
            try {
                return metodo.invoke(conexao, argumentos);
            } catch (InvocationTargetException e) {
                throw e.getTargetException();
            }
        };
        return (Connection) Proxy.newProxyInstance(TabelasNoEsquemaAuth.class.getClassLoader(),
                new Class<?>[]{Connection.class}, handler);
    }
}
