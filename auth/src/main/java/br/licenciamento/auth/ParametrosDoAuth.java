package br.licenciamento.auth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/**
 * The authorization server ({@code licenciamento.auth.*}). A token valid for zero seconds or a lockout after zero
 * attempts would lock everyone out, so the application refuses to start with one.
 *
 * @param chaveJwk     the JWK (JSON) of the key that signs the tokens, from the environment; empty: the key kept in the
 *                     database, generated on the first start
 * @param clienteWeb   the browser client (Swagger UI, the operations page)
 * @param token        how long the tokens last
 * @param usuariosDemo create one demonstration user per role (passwords in the README); never in production
 * @param adminInicial the first administrator
 * @param bloqueio     account lockout after wrong passwords
 */
@Validated
@ConfigurationProperties("licenciamento.auth")
public record ParametrosDoAuth(String chaveJwk,
                               @DefaultValue @Valid ClienteWeb clienteWeb,
                               @DefaultValue @Valid Token token,
                               @DefaultValue("false") boolean usuariosDemo,
                               @DefaultValue @Valid AdminInicial adminInicial,
                               @DefaultValue @Valid Bloqueio bloqueio) {

    /**
     * @param redirecionamentos the addresses the browser client may be sent back to after login (comma-separated);
     *                          empty: Swagger UI on this service's port, the operations page and /autorizado on
     *                          127.0.0.1
     */
    public record ClienteWeb(List<String> redirecionamentos) {
    }

    /**
     * @param acesso    how long an access token is valid
     * @param renovacao how long a refresh token is valid
     */
    public record Token(@DefaultValue("PT15M") @DurationMin(seconds = 1) Duration acesso,
                        @DefaultValue("PT8H") @DurationMin(seconds = 1) Duration renovacao) {
    }

    /**
     * @param senha the password of the user 'admin', created with the role ADMIN when no administrator exists yet;
     *              empty: none is created
     */
    public record AdminInicial(String senha) {
    }

    /**
     * @param tentativas consecutive wrong passwords that lock an account
     * @param duracao    how long a locked account refuses every login, even with the right password
     */
    public record Bloqueio(@DefaultValue("5") @Min(1) int tentativas,
                           @DefaultValue("PT15M") @DurationMin(seconds = 1) Duration duracao) {
    }
}
