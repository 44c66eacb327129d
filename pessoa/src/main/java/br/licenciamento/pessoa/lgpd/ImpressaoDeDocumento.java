package br.licenciamento.pessoa.lgpd;

import org.springframework.beans.factory.annotation.Autowired;
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

    /** Shorter secrets can be guessed; 32 characters of a password generator are out of reach. */
    static final int TAMANHO_MINIMO = 32;

    /**
     * No default: the hashes end up in events, which are never rewritten, so a secret anyone can read in this
     * repository would leave every CPF guessable for good. Only the embedded database of a laptop gets one (platform
     * embutido), because its data is a demonstration's.
     */
    @Autowired
    public ImpressaoDeDocumento(ParametrosDaPessoa parametros) {
        this(parametros.segredoDocumento());
    }

    public ImpressaoDeDocumento(String segredo) {
        if (segredo == null || segredo.strip().length() < TAMANHO_MINIMO) {
            throw new IllegalStateException("Defina LICENCIAMENTO_PESSOA_SEGREDO_DOCUMENTO (licenciamento.pessoa.segredo-documento) "
                    + "com um segredo aleatório de pelo menos " + TAMANHO_MINIMO + " caracteres, guardado fora do banco: ele "
                    + "torna irreversíveis os hashes de CPF e CNPJ gravados nos eventos. Trocá-lo depois desfaz a unicidade "
                    + "dos documentos já cadastrados.");
        }
        this.segredo = new SecretKeySpec(segredo.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String de(String documentoNormalizado) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(segredo);
            return HexFormat.of().formatHex(mac.doFinal(documentoNormalizado.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 indisponível nesta JVM", e);
        }
    }
}
