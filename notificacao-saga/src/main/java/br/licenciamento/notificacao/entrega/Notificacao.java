package br.licenciamento.notificacao.entrega;

import java.time.LocalDate;

/**
 * One notification a saga raises. {@code chave} names the message that caused it, its kind and its recipient:
 * the same key is stored once, so a redelivered event or deadline notifies nobody twice.
 */
public record Notificacao(String chave, String tipo, Destinatario destinatario, String processoId, String licencaId,
                          String assunto, String texto, LocalDate prazo) {

    public static Notificacao de(String origem, String tipo, Destinatario destinatario, String processoId,
                                 String licencaId, Modelos.Mensagem mensagem, LocalDate prazo) {
        return new Notificacao(origem + "|" + tipo + "|" + destinatario, tipo, destinatario, processoId, licencaId,
                mensagem.assunto(), mensagem.texto(), prazo);
    }
}
