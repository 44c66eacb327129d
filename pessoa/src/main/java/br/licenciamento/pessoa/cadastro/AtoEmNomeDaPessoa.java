package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.platform.seguranca.Atuante;
import org.axonframework.messaging.MetaData;

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

    static void exigirInstrumento(MetaData metadados, String instrumento, String ato) {
        if (Atuante.de(metadados).equipeDoOrgao() && (instrumento == null || instrumento.isBlank())) {
            throw new RegraVioladaException(REGRA, "A equipe do órgão só registra " + ato + " com base em documento "
                    + "assinado pela pessoa: informe em 'instrumento' a referência desse documento.");
        }
    }
}
