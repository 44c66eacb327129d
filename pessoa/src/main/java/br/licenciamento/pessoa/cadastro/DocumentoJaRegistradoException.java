package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.pessoa.DocumentoJaRegistrado;
import org.axonframework.commandhandling.CommandExecutionException;

import static br.licenciamento.pessoa.Textos.MENSAGENS;

/**
 * The CPF/CNPJ belongs to someone else. A command failure with details, so the existing person's id also
 * reaches a caller in another service (Axon Server carries the details, not the exception type).
 */
public class DocumentoJaRegistradoException extends CommandExecutionException {

    public DocumentoJaRegistradoException(String pessoaExistenteId) {
        super(mensagem(), null, new DocumentoJaRegistrado(DocumentoJaRegistrado.REGRA, mensagem(), pessoaExistenteId));
    }

    private static String mensagem() {
        return MENSAGENS.texto(DocumentoJaRegistrado.REGRA);
    }
}
