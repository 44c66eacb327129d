package br.licenciamento.notificacao;

import br.licenciamento.api.comum.Mensagens;

/** The texts of notifications and of this module's answers, in {@code mensagens.properties} beside it. */
public final class Textos {

    public static final Mensagens MENSAGENS = Mensagens.de(Textos.class, "/br/licenciamento/notificacao/mensagens.properties");

    private Textos() {
    }
}
