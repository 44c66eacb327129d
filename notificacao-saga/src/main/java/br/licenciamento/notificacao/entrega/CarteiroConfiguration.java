package br.licenciamento.notificacao.entrega;

import br.licenciamento.notificacao.ParametrosDasSagas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * E-mail over SMTP when a server is configured ({@code spring.mail.host}, env {@code SPRING_MAIL_HOST}); otherwise
 * e-mails are only written to the log, and the start says so.
 */
@Configuration(proxyBeanMethods = false)
class CarteiroConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CarteiroConfiguration.class);

    @Bean
    Carteiro carteiro(ObjectProvider<JavaMailSender> smtp, ParametrosDasSagas parametros) {
        JavaMailSender servidor = smtp.getIfAvailable();
        String remetente = parametros.getEntrega().getRemetente();
        if (servidor == null) {
            log.warn("Nenhum servidor SMTP configurado (spring.mail.host / SPRING_MAIL_HOST): as notificações ficam na "
                    + "caixa de entrada e os e-mails são apenas registrados no log.");
            return (para, assunto, texto) -> log.info("E-mail (somente log) para {}: {}\n{}", para, assunto, texto);
        }
        log.info("Notificações por e-mail via SMTP, remetente {}", remetente);
        return (para, assunto, texto) -> {
            SimpleMailMessage mensagem = new SimpleMailMessage();
            mensagem.setFrom(remetente);
            mensagem.setTo(para);
            mensagem.setSubject(assunto);
            mensagem.setText(texto);
            servidor.send(mensagem);
        };
    }
}
