package br.licenciamento.platform.seguranca;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a token's RS256 signature once and remembers the result: a client sends the same access token on every
 * call, and the signature check was the largest single cost of a request (8 % of the request threads' CPU in the
 * benchmark's profile). Issuer and validity period are checked again on every use, so an expired token is refused
 * exactly as before. A key withdrawn from the JWKS stops new tokens at once; tokens it already verified stay valid
 * until they expire, as they would at any resource server that cached the key set.
 */
final class TokensVerificados implements JwtDecoder {

    /** Beyond this many distinct live tokens the memory is simply emptied; verifying again is only slower. */
    static final int LIMITE = 10_000;

    private final JwtDecoder decodificador;
    private final OAuth2TokenValidator<Jwt> validador;
    private final Map<String, Jwt> verificados = new ConcurrentHashMap<>();

    TokensVerificados(JwtDecoder decodificador, OAuth2TokenValidator<Jwt> validador) {
        this.decodificador = decodificador;
        this.validador = validador;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt lembrado = verificados.get(token);
        if (lembrado == null) {
            Jwt verificado = decodificador.decode(token);
            if (verificados.size() >= LIMITE) {
                verificados.clear();
            }
            verificados.put(token, verificado);
            return verificado;
        }
        OAuth2TokenValidatorResult resultado = validador.validate(lembrado);
        if (resultado.hasErrors()) {
            verificados.remove(token);
            throw new JwtValidationException("Token recusado: " + resultado.getErrors().iterator().next().getDescription(),
                    resultado.getErrors());
        }
        return lembrado;
    }
}
