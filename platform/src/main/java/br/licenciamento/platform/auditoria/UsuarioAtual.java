package br.licenciamento.platform.auditoria;

import java.util.List;

/**
 * Who is acting in the current request. The security module supplies the signed-in user; without it every
 * request is anonymous.
 */
public interface UsuarioAtual {

    /** Subject of the acting user, or {@code anonimo}. */
    String sujeito();

    List<String> papeis();
}
