package br.licenciamento.notificacao.entrega;

import br.licenciamento.platform.aleatorio.Aleatorios;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * The notification table of schema {@code notificacao}: written by the sagas in their own transaction (so a saga that
 * fails notifies nobody), read by the inbox and drained by {@link EntregaDeEmails}.
 */
@Component
class NotificacoesJdbc implements Notificador {

    private final JdbcClient jdbc;
    private final Clock relogio;

    NotificacoesJdbc(JdbcClient jdbc, Clock relogio) {
        this.jdbc = jdbc;
        this.relogio = relogio;
    }

    @Override
    public void notificar(Notificacao n) {
        Timestamp agora = Timestamp.from(relogio.instant());
        jdbc.sql("""
                        INSERT INTO notificacao.notificacao (notificacao_id, chave, tipo, destinatario_tipo, destinatario_id,
                            processo_id, licenca_id, assunto, texto, prazo, criada_em, envio_situacao, envio_proxima)
                        VALUES (:id, :chave, :tipo, :destinatarioTipo, :destinatarioId, :processoId, :licencaId, :assunto,
                            :texto, :prazo, :agora, 'PENDENTE', now())
                        ON CONFLICT (chave) DO NOTHING""")
                .param("id", Aleatorios.identificador())
                .param("chave", n.chave())
                .param("tipo", n.tipo())
                .param("destinatarioTipo", n.destinatario().tipo().name())
                .param("destinatarioId", n.destinatario().id())
                .param("processoId", n.processoId())
                .param("licencaId", n.licencaId())
                .param("assunto", n.assunto())
                .param("texto", n.texto())
                .param("prazo", n.prazo())
                .param("agora", agora)
                .update();
    }
}
