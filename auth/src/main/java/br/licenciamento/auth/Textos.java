package br.licenciamento.auth;

import br.licenciamento.api.comum.Mensagens;

/** The texts of the authorization server and user administration (sign-in page, answers), in {@code mensagens.properties} beside it. */
public final class Textos {

    public static final Mensagens MENSAGENS = Mensagens.de(Textos.class, "/br/licenciamento/auth/mensagens.properties");

    private Textos() {
    }
}
