package br.licenciamento.notificacao.entrega;

/** Where sagas put their notifications: the inbox and the e-mail outbox, in the saga's own transaction. */
public interface Notificador {

    /** Stores the notification unless one with the same key exists. */
    void notificar(Notificacao notificacao);
}
