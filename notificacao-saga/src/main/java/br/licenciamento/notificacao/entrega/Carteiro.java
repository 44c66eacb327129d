package br.licenciamento.notificacao.entrega;

/** Sends one e-mail; throws when the mail server refuses or cannot be reached. */
public interface Carteiro {

    void enviar(String para, String assunto, String texto);
}
