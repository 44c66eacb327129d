package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.pessoa.DocumentoJaRegistrado;

/** Raised by the REST layer so the answer is 409 naming the person who already holds the document. */
class DocumentoEmUsoException extends RuntimeException {

    private final DocumentoJaRegistrado motivo;

    DocumentoEmUsoException(DocumentoJaRegistrado motivo) {
        super(motivo.mensagem());
        this.motivo = motivo;
    }

    DocumentoJaRegistrado motivo() {
        return motivo;
    }
}
