package br.licenciamento.licenca.command.documento;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The documents of each process as the process's rules need them: which were uploaded to it (an answer cannot cite
 * another process's files), and how its checklist stands. A document answers the checklist item its category names,
 * compared without case, accents or extra spaces ({@link #categoria}).
 */
public interface DocumentosDoProcesso {

    /** The ids among {@code documentoIds} that are not documents of {@code processoId}. */
    List<String> alheios(String processoId, Collection<String> documentoIds);

    /**
     * The day the last of {@code exigidos} got its first document, when every one of them has one (the delivery of the
     * studies and documents, from which Lei 15.190 art. 47 counts the analysis term); empty while one is missing.
     */
    Optional<LocalDate> entregaCompleta(String processoId, List<String> exigidos);

    /** The items of {@code exigidos} with no document whose current version was accepted. */
    List<String> semDocumentoAceito(String processoId, List<String> exigidos);

    /** How a category and a checklist item are compared. */
    static String categoria(String texto) {
        return Normalizer.normalize(texto == null ? "" : texto, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
