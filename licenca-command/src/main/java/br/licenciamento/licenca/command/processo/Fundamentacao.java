package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/** An act that must say why (rule {@code fundamentacao-obrigatoria}): a decision, an opinion, an appeal, a reason. */
final class Fundamentacao {

    private Fundamentacao() {
    }

    /** {@code oQue} names the variant of {@code fundamentacao-obrigatoria} that says what is missing. */
    static void exigir(String texto, String oQue) {
        if (texto == null || texto.isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "fundamentacao-obrigatoria." + oQue);
        }
    }
}
