package br.licenciamento.app.notificacao;

import br.licenciamento.platform.auditoria.UsuarioAtual;

import java.util.List;

/** The signed-in user of these tests: whoever the test says, until the security module supplies real ones. */
public class UsuarioDeTeste implements UsuarioAtual {

    private volatile String sujeito = "anonimo";
    private volatile List<String> papeis = List.of();

    public void entrarComo(String sujeito, String... papeis) {
        this.sujeito = sujeito;
        this.papeis = List.of(papeis);
    }

    @Override
    public String sujeito() {
        return sujeito;
    }

    @Override
    public List<String> papeis() {
        return papeis;
    }
}
