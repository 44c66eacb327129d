package br.licenciamento.platform.textos;

import br.licenciamento.api.comum.Mensagens;

/** The texts of the platform's own answers (problem details, operations), in {@code mensagens.properties} beside it. */
public final class Textos {

    public static final Mensagens MENSAGENS = Mensagens.de(Textos.class, "/br/licenciamento/platform/mensagens.properties");

    private Textos() {
    }
}
