package br.licenciamento.auth.usuario;

import br.licenciamento.auth.ParametrosDoAuth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Account lockout: after {@code licenciamento.auth.bloqueio.tentativas} consecutive wrong passwords the account
 * refuses every login for {@code licenciamento.auth.bloqueio.duracao}, even with the right password; an
 * administrator may unlock it earlier. A successful login clears the count.
 */
@Component
public class ControleDeTentativas {

    private static final Logger log = LoggerFactory.getLogger(ControleDeTentativas.class);

    private final Usuarios usuarios;
    private final Clock relogio;
    private final int limite;
    private final Duration duracao;

    public ControleDeTentativas(Usuarios usuarios, Clock relogio, ParametrosDoAuth parametros) {
        this.usuarios = usuarios;
        this.relogio = relogio;
        this.limite = parametros.bloqueio().tentativas();
        this.duracao = parametros.bloqueio().duracao();
    }

    public void falhou(String login) {
        if (login == null || login.isBlank()) {
            return;
        }
        Instant agora = relogio.instant();
        usuarios.registrarFalha(login, agora).ifPresent(falhas -> {
            if (falhas >= limite) {
                usuarios.bloquear(login, agora.plus(duracao));
                log.warn("Conta {} bloqueada por {} após {} senhas erradas seguidas", login, duracao, falhas);
            }
        });
    }

    public void entrou(String login) {
        usuarios.zerarFalhas(login);
    }
}
