package br.licenciamento.pessoa.cadastro;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Claims documents in {@code pessoa.documento_registrado} inside the command's transaction (Axon's unit of
 * work runs in the Spring transaction JdbcClient joins). The primary key is the arbiter: a concurrent claim
 * of the same document waits for the first transaction and then finds the row taken; if the first one rolls
 * back, the second claim succeeds. This holds whether the events go to PostgreSQL or to Axon Server.
 * <p>
 * With Axon Server the database commits just before the events are appended; if that append fails, a claim
 * is left whose holder has no events. Such a claim is taken over once it is older than any registration in
 * flight could be, so a failed registration never blocks the document for good.
 */
@Component
class RegistroDeDocumentosPostgres implements RegistroDeDocumentos {

    /** Far longer than a registration takes between its database commit and its event append. */
    static final Duration CLAIM_ORFAO_APOS = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final ObjectProvider<EventStore> eventStore;

    RegistroDeDocumentosPostgres(JdbcClient jdbc, ObjectProvider<EventStore> eventStore) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
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
                if (titular.get().equals(pessoaId) || assumirClaimOrfao(documentoHash, titular.get(), pessoaId)) {
                    return Optional.empty();
                }
                return titular;
            }
        }
        throw new IllegalStateException("Documento disputado sem titular estavel");
    }

    private boolean assumirClaimOrfao(String documentoHash, String titular, String pessoaId) {
        boolean antigo = jdbc.sql("SELECT reivindicado_em < now() - make_interval(secs => :segundos) FROM pessoa.documento_registrado WHERE documento_hash = :documento")
                .param("segundos", CLAIM_ORFAO_APOS.toSeconds()).param("documento", documentoHash)
                .query(Boolean.class).optional().orElse(false);
        if (!antigo || eventStore.getObject().readEvents(titular).hasNext()) {
            return false;
        }
        return jdbc.sql("""
                        UPDATE pessoa.documento_registrado SET pessoa_id = :pessoa, reivindicado_em = now()
                        WHERE documento_hash = :documento AND pessoa_id = :titular""")
                .param("pessoa", pessoaId).param("documento", documentoHash).param("titular", titular)
                .update() == 1;
    }

    @Override
    public void liberar(String documentoHash) {
        jdbc.sql("DELETE FROM pessoa.documento_registrado WHERE documento_hash = :documento")
                .param("documento", documentoHash).update();
    }
}
