package br.licenciamento.pessoa.cadastro;

import java.util.Optional;

/**
 * The set of CPF/CNPJ already in the registry (set-based validation: an aggregate only sees its own events,
 * so uniqueness across people needs a shared claim checked in the command's transaction).
 */
public interface RegistroDeDocumentos {

    /** Claims the document for this person; when someone already holds it, answers that person's id. */
    Optional<String> reivindicar(String documentoHash, String pessoaId);

    /** Frees the document after the holder's data was erased. */
    void liberar(String documentoHash);
}
