package br.licenciamento.pessoa.lgpd;

import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.platform.aleatorio.Aleatorios;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

/**
 * AES-256-GCM with one key per person in {@code pessoa.chave_pessoal}. Keys are created and destroyed inside
 * the command's transaction, so a refused command leaves no key behind and an erasure is atomic with its event.
 * The person id is bound as associated data: a value copied to another person's record does not decrypt.
 */
@Component
class CofreAesGcm implements CofreDeDadosPessoais {

    private static final int TAMANHO_IV = 12;
    private static final int TAMANHO_TAG_BITS = 128;

    private final JdbcClient jdbc;

    CofreAesGcm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Cifrador cifradorPara(String pessoaId) {
        SecretKey chave = chave(pessoaId).orElseGet(() -> criarChave(pessoaId));
        return valor -> valor == null ? null : new DadoProtegido(cifrar(chave, pessoaId, valor));
    }

    @Override
    public Decifrador decifradorPara(String pessoaId) {
        Optional<SecretKey> chave = chave(pessoaId);
        return new Decifrador() {
            @Override
            public String revelar(DadoProtegido dado) {
                if (dado == null || dado.cifrado() == null) {
                    return null;
                }
                return chave.map(c -> decifrar(c, pessoaId, dado.cifrado())).orElse(ELIMINADO);
            }

            @Override
            public boolean chaveDestruida() {
                return chave.isEmpty();
            }
        };
    }

    @Override
    public void destruirChave(String pessoaId) {
        jdbc.sql("DELETE FROM pessoa.chave_pessoal WHERE pessoa_id = :id").param("id", pessoaId).update();
    }

    private Optional<SecretKey> chave(String pessoaId) {
        return jdbc.sql("SELECT chave FROM pessoa.chave_pessoal WHERE pessoa_id = :id")
                .param("id", pessoaId)
                .query((rs, i) -> (SecretKey) new SecretKeySpec(rs.getBytes(1), "AES"))
                .optional();
    }

    private SecretKey criarChave(String pessoaId) {
        try {
            KeyGenerator gerador = KeyGenerator.getInstance("AES");
            gerador.init(256, Aleatorios.gerador());
            byte[] bytes = gerador.generateKey().getEncoded();
            jdbc.sql("INSERT INTO pessoa.chave_pessoal (pessoa_id, chave) VALUES (:id, :chave) ON CONFLICT (pessoa_id) DO NOTHING")
                    .param("id", pessoaId).param("chave", bytes).update();
            // A concurrent first use may have won the insert: always encrypt with the stored key.
            return chave(pessoaId).orElseThrow();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES indisponível nesta JVM", e);
        }
    }

    private String cifrar(SecretKey chave, String pessoaId, String valor) {
        try {
            byte[] iv = new byte[TAMANHO_IV];
            Aleatorios.gerador().nextBytes(iv);
            Cipher cifra = Cipher.getInstance("AES/GCM/NoPadding");
            cifra.init(Cipher.ENCRYPT_MODE, chave, new GCMParameterSpec(TAMANHO_TAG_BITS, iv));
            cifra.updateAAD(pessoaId.getBytes(StandardCharsets.UTF_8));
            byte[] cifrado = cifra.doFinal(valor.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + cifrado.length).put(iv).put(cifrado).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Falha ao cifrar dado pessoal", e);
        }
    }

    private String decifrar(SecretKey chave, String pessoaId, String base64) {
        try {
            byte[] tudo = Base64.getDecoder().decode(base64);
            Cipher cifra = Cipher.getInstance("AES/GCM/NoPadding");
            cifra.init(Cipher.DECRYPT_MODE, chave, new GCMParameterSpec(TAMANHO_TAG_BITS, tudo, 0, TAMANHO_IV));
            cifra.updateAAD(pessoaId.getBytes(StandardCharsets.UTF_8));
            return new String(cifra.doFinal(tudo, TAMANHO_IV, tudo.length - TAMANHO_IV), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Dado pessoal ilegível para a pessoa " + pessoaId, e);
        }
    }
}
