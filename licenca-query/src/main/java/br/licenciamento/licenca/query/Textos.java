package br.licenciamento.licenca.query;

import br.licenciamento.api.comum.Mensagens;

/** The texts of the read side (dossier timeline, answers, public pages), in {@code mensagens.properties} beside it. */
public final class Textos {

    public static final Mensagens MENSAGENS = Mensagens.de(Textos.class, "/br/licenciamento/licenca/query/mensagens.properties");

    private Textos() {
    }
}
