package br.licenciamento.notificacao.entrega;

import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.notificacao.ParametrosDasSagas;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The e-mail outbox: pending notifications are sent by one node at a time (a db-scheduler recurring task). A failure
 * is retried with exponential backoff; after the configured attempts the notification is parked as FALHOU for
 * operations. A person's address comes from the people registry through the query bus at sending time.
 */
@Component
public class EntregaDeEmails {

    public static final String TAREFA = "entrega-de-notificacoes";
    private static final Logger log = LoggerFactory.getLogger(EntregaDeEmails.class);

    private final JdbcClient jdbc;
    private final QueryGateway consultas;
    private final Carteiro carteiro;
    private final ParametrosDasSagas.Entrega parametros;

    EntregaDeEmails(JdbcClient jdbc, QueryGateway consultas, Carteiro carteiro, ParametrosDasSagas parametros) {
        this.jdbc = jdbc;
        this.consultas = consultas;
        this.carteiro = carteiro;
        this.parametros = parametros.getEntrega();
    }

    record Pendente(String id, String destinatarioTipo, String destinatarioId, String assunto, String texto, int tentativas) {
    }

    /** Sends what is due; answers how many were handled. */
    public int entregar() {
        List<Pendente> pendentes = jdbc.sql("""
                        SELECT notificacao_id, destinatario_tipo, destinatario_id, assunto, texto, envio_tentativas
                        FROM notificacao.notificacao
                        WHERE envio_situacao = 'PENDENTE' AND envio_proxima <= now()
                        ORDER BY criada_em LIMIT 50""")
                .query((rs, i) -> new Pendente(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6)))
                .list();
        for (Pendente pendente : pendentes) {
            entregar(pendente);
        }
        return pendentes.size();
    }

    private void entregar(Pendente p) {
        String email;
        try {
            email = endereco(p);
        } catch (Exception erro) {
            falhou(p, "Endereço não obtido: " + erro.getMessage());
            return;
        }
        if (email == null) {
            jdbc.sql("UPDATE notificacao.notificacao SET envio_situacao = 'SEM_EMAIL' WHERE notificacao_id = :id")
                    .param("id", p.id()).update();
            return;
        }
        try {
            carteiro.enviar(email, p.assunto(), p.texto());
        } catch (Exception erro) {
            falhou(p, erro.getMessage());
            return;
        }
        jdbc.sql("""
                        UPDATE notificacao.notificacao SET envio_situacao = 'ENVIADA', envio_email = :email,
                            envio_tentativas = envio_tentativas + 1, enviada_em = now(), envio_erro = NULL
                        WHERE notificacao_id = :id""")
                .param("id", p.id()).param("email", email).update();
    }

    private String endereco(Pendente p) throws Exception {
        return switch (p.destinatarioTipo()) {
            case "PESSOA" -> {
                Optional<FichaPessoa> ficha = consultas.query(new ConsultaDePessoa(p.destinatarioId()),
                        ResponseTypes.optionalInstanceOf(FichaPessoa.class)).get(10, TimeUnit.SECONDS);
                yield ficha.filter(f -> !f.dadosEliminados()).map(FichaPessoa::email)
                        .filter(e -> !e.isBlank()).orElse(null);
            }
            case "PAPEL" -> parametros.getEmailPorPapel().get(p.destinatarioId());
            default -> null;
        };
    }

    private void falhou(Pendente p, String erro) {
        int tentativas = p.tentativas() + 1;
        boolean desistir = tentativas >= parametros.getTentativas();
        Duration espera = parametros.getEsperaInicial().multipliedBy(1L << Math.min(tentativas - 1, 20));
        log.warn("Envio da notificação {} falhou (tentativa {}{}): {}", p.id(), tentativas,
                desistir ? ", sem novas tentativas" : ", nova tentativa em " + espera, erro);
        jdbc.sql("""
                        UPDATE notificacao.notificacao SET envio_situacao = :situacao, envio_tentativas = :tentativas,
                            envio_proxima = now() + make_interval(secs => :espera), envio_erro = :erro
                        WHERE notificacao_id = :id""")
                .param("situacao", desistir ? "FALHOU" : "PENDENTE")
                .param("tentativas", tentativas)
                .param("espera", (double) espera.toSeconds())
                .param("erro", erro == null ? "erro desconhecido" : erro.length() > 1000 ? erro.substring(0, 1000) : erro)
                .param("id", p.id())
                .update();
    }

    @Configuration(proxyBeanMethods = false)
    static class Tarefa {

        /** Resolved lazily: the scheduler (and with it Axon's deadline manager) is built before the query bus. */
        @Bean
        RecurringTask<Void> tarefaDeEntregaDeNotificacoes(ObjectProvider<EntregaDeEmails> entrega, ParametrosDasSagas parametros) {
            return Tasks.recurring(TAREFA, FixedDelay.of(parametros.getEntrega().getIntervalo()))
                    .execute((instancia, contexto) -> entrega.getObject().entregar());
        }
    }
}
