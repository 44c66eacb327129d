package br.licenciamento.platform.web;

/** A read endpoint found nothing at the address asked for. */
public class RecursoNaoEncontradoException extends RuntimeException {

    public RecursoNaoEncontradoException(String mensagem) {
        super(mensagem);
    }
}
