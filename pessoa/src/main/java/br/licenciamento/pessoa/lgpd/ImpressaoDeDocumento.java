package br.licenciamento.pessoa.lgpd;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hash (HMAC-SHA256) of a normalized CPF/CNPJ. A plain hash of a CPF is reversible by trying all 10^9
 * of them; with a secret kept outside the event store the hash in events identifies no one by itself.
 */
@Component
public class ImpressaoDeDocumento {

    private final SecretKeySpec segredo;

    public ImpressaoDeDocumento(
            @Value("${licenciamento.pessoa.segredo-documento:licenciamento-desenvolvimento-troque-em-producao}") String segredo) {
        this.segredo = new SecretKeySpec(segredo.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String de(String documentoNormalizado) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(segredo);
            return HexFormat.of().formatHex(mac.doFinal(documentoNormalizado.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 indisponivel nesta JVM", e);
        }
    }
}
