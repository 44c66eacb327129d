package br.licenciamento.pessoa.cadastro;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Claims documents in {@code pessoa.documento_registrado} inside the command's transaction (Axon's unit of
 * work runs in the Spring transaction JdbcClient joins). The primary key is the arbiter: a concurrent claim
 * of the same document waits for the first transaction and then finds the row taken; if the first one rolls
 * back, the second claim succeeds. This holds whether the events go to PostgreSQL or to Axon Server.
 */
@Component
class RegistroDeDocumentosPostgres implements RegistroDeDocumentos {

    private final JdbcClient jdbc;

    RegistroDeDocumentosPostgres(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> reivindicar(String documentoHash, String pessoaId) {
        for (int tentativa = 0; tentativa < 3; tentativa++) {
            int inseridas = jdbc.sql("""
                            INSERT INTO pessoa.documento_registrado (documento_hash, pessoa_id) VALUES (:documento, :pessoa)
                            ON CONFLICT (documento_hash) DO NOTHING""")
                    .param("documento", documentoHash).param("pessoa", pessoaId).update();
            if (inseridas == 1) {
                return Optional.empty();
            }
            Optional<String> titular = jdbc.sql("SELECT pessoa_id FROM pessoa.documento_registrado WHERE documento_hash = :documento")
                    .param("documento", documentoHash).query(String.class).optional();
            // Empty only if the holder was erased between the two statements: claim again.
            if (titular.isPresent()) {
                return titular.get().equals(pessoaId) ? Optional.empty() : titular;
            }
        }
        throw new IllegalStateException("Documento disputado sem titular estavel");
    }

    @Override
    public void liberar(String documentoHash) {
        jdbc.sql("DELETE FROM pessoa.documento_registrado WHERE documento_hash = :documento")
                .param("documento", documentoHash).update();
    }
}
