package br.licenciamento.licenca.command;

import br.licenciamento.api.comum.Mensagens;

/** The texts of this module (refusals, report reasons, stored reasons), in {@code mensagens.properties} beside it. */
public final class Textos {

    public static final Mensagens MENSAGENS = Mensagens.de(Textos.class, "/br/licenciamento/licenca/command/mensagens.properties");

    private Textos() {
    }
}
