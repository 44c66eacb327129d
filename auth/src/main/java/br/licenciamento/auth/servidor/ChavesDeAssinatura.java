package br.licenciamento.auth.servidor;

import br.licenciamento.platform.aleatorio.Aleatorios;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The key that signs access tokens. Taken from the environment ({@code LICENCIAMENTO_AUTH_CHAVE_JWK}: an RSA JWK
 * with its private part) when given; otherwise generated at first start and kept in {@code auth.chave_de_assinatura},
 * so tokens survive restarts and every instance signs with the same key. Never in the repository.
 * Loaded on first use, after the schema migrations ran. Generating a 3,072-bit key takes one to two seconds of CPU:
 * when the database has none yet (a first start), it is generated on another thread from the moment this bean is
 * built, while the rest of the application starts.
 */
public class ChavesDeAssinatura implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(ChavesDeAssinatura.class);

    private final JdbcClient jdbc;
    private final String chaveDoAmbiente;
    private volatile JWKSet chaves;

    private final CompletableFuture<RSAKey> gerada;

    public ChavesDeAssinatura(JdbcClient jdbc, String chaveDoAmbiente) {
        this.jdbc = jdbc;
        this.chaveDoAmbiente = chaveDoAmbiente;
        this.gerada = StringUtils.hasText(chaveDoAmbiente) || temChaveGuardada()
                ? null : CompletableFuture.supplyAsync(ChavesDeAssinatura::gerar);
    }

    @Override
    public List<JWK> get(JWKSelector seletor, SecurityContext contexto) {
        return seletor.select(chaves());
    }

    /** Public keys as published at {@code /oauth2/jwks}. */
    public JWKSet publicas() {
        return chaves().toPublicJWKSet();
    }

    private JWKSet chaves() {
        JWKSet atual = chaves;
        if (atual == null) {
            synchronized (this) {
                if (chaves == null) {
                    chaves = new JWKSet(carregar());
                }
                atual = chaves;
            }
        }
        return atual;
    }

    private RSAKey carregar() {
        try {
            if (StringUtils.hasText(chaveDoAmbiente)) {
                RSAKey chave = RSAKey.parse(chaveDoAmbiente);
                if (!chave.isPrivate()) {
                    throw new IllegalStateException("LICENCIAMENTO_AUTH_CHAVE_JWK precisa da parte privada da chave RSA.");
                }
                log.info("Chave de assinatura dos tokens lida do ambiente (kid {})", chave.getKeyID());
                return chave;
            }
            Optional<String> guardada = ativa();
            if (guardada.isEmpty()) {
                RSAKey nova = gerada != null ? gerada.join() : gerar();
                // Two instances starting together: the unique index lets only one key become active.
                jdbc.sql("INSERT INTO auth.chave_de_assinatura (kid, jwk, ativa) VALUES (:kid, :jwk, true) ON CONFLICT DO NOTHING")
                        .param("kid", nova.getKeyID()).param("jwk", nova.toJSONString()).update();
                guardada = ativa();
                log.info("Chave de assinatura dos tokens gerada e guardada no esquema auth");
            }
            return RSAKey.parse(guardada.orElseThrow());
        } catch (ParseException e) {
            throw new IllegalStateException("Chave de assinatura dos tokens inválida: " + e.getMessage(), e);
        }
    }

    private static RSAKey gerar() {
        try {
            return new RSAKeyGenerator(3072).keyUse(KeyUse.SIGNATURE).keyID(Aleatorios.identificador()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Chave de assinatura dos tokens não pôde ser gerada: " + e.getMessage(), e);
        }
    }

    /** Before the migrations of a first start the table does not exist yet: no key either. */
    private boolean temChaveGuardada() {
        boolean tabela = jdbc.sql("SELECT to_regclass('auth.chave_de_assinatura') IS NOT NULL").query(Boolean.class).single();
        return tabela && ativa().isPresent();
    }

    private Optional<String> ativa() {
        return jdbc.sql("SELECT jwk FROM auth.chave_de_assinatura WHERE ativa").query(String.class).optional();
    }
}
