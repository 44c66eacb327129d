package br.licenciamento.pessoa;

import br.licenciamento.api.comum.Mensagens;

/** The texts of the people registry (refusals, answers), in {@code mensagens.properties} beside it. */
public final class Textos {

    public static final Mensagens MENSAGENS = Mensagens.de(Textos.class, "/br/licenciamento/pessoa/mensagens.properties");

    private Textos() {
    }
}
