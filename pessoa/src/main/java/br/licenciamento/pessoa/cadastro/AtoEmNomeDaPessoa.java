package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.platform.seguranca.Atuante;
import org.axonframework.messaging.MetaData;

import static br.licenciamento.pessoa.Textos.MENSAGENS;

/**
 * Powers of attorney, their revocation and technical-responsible designations are the person's own acts. Their
 * account makes them directly; agency staff may record them only on a document the person signed, named in the
 * command, so the event says on what authority it was recorded. (Who reaches the person at all is decided before
 * the command is sent: see {@code acesso.AcessoAsPessoas}.)
 */
final class AtoEmNomeDaPessoa {

    static final String REGRA = "instrumento-assinado";

    private AtoEmNomeDaPessoa() {
    }

    /** {@code ato} names the variant of the rule's sentence: the act being registered. */
    static void exigirInstrumento(MetaData metadados, String instrumento, String ato) {
        if (Atuante.de(metadados).equipeDoOrgao() && (instrumento == null || instrumento.isBlank())) {
            throw new RegraVioladaException(MENSAGENS, REGRA + "." + ato);
        }
    }
}
