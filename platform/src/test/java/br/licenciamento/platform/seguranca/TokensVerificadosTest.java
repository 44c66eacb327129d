package br.licenciamento.platform.seguranca;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokensVerificadosTest {

    private static final Instant EMITIDO = Instant.parse("2026-11-24T12:00:00Z");

    private final AtomicInteger assinaturasVerificadas = new AtomicInteger();
    private final JwtDecoder verificadorDeAssinatura = token -> {
        assinaturasVerificadas.incrementAndGet();
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("ana")
                .issuedAt(EMITIDO).expiresAt(EMITIDO.plus(Duration.ofMinutes(5))).build();
    };

    @Test
    void assinaturaDeUmTokenEVerificadaUmaSoVez() {
        TokensVerificados tokens = new TokensVerificados(verificadorDeAssinatura, validadorEm(EMITIDO.plusSeconds(10)));

        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("ana");
        assertThat(tokens.decode("token-a").getSubject()).isEqualTo("ana");
        tokens.decode("token-b");

        assertThat(assinaturasVerificadas).hasValue(2);
    }

    @Test
    void tokenLembradoERecusadoDepoisDeExpirar() {
        JwtTimestampValidator validador = new JwtTimestampValidator(Duration.ZERO);
        validador.setClock(Clock.fixed(EMITIDO.plusSeconds(10), ZoneOffset.UTC));
        TokensVerificados tokens = new TokensVerificados(verificadorDeAssinatura, validador);
        tokens.decode("token-a");

        validador.setClock(Clock.fixed(EMITIDO.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
    }

    private static JwtTimestampValidator validadorEm(Instant agora) {
        JwtTimestampValidator validador = new JwtTimestampValidator(Duration.ZERO);
        validador.setClock(Clock.fixed(agora, ZoneOffset.UTC));
        return validador;
    }
}
