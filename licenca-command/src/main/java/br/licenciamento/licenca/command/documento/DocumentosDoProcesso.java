package br.licenciamento.licenca.command.documento;

import java.util.Collection;
import java.util.List;

/** Which documents were uploaded to which process, so an answer cannot cite another process's files. */
public interface DocumentosDoProcesso {

    /** The ids among {@code documentoIds} that are not documents of {@code processoId}. */
    List<String> alheios(String processoId, Collection<String> documentoIds);
}
