package br.licenciamento.licenca.command.processo;

import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.processo.ProtocolarProcesso;
import br.licenciamento.licenca.command.vigencia.LicencaRegistrada;
import br.licenciamento.licenca.command.vigencia.LicencasAnteriores;

import java.time.LocalDate;
import java.util.Optional;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * The licence a request builds on (rule {@code licenca-anterior-exigida}): an LI needs a valid LP of the same
 * enterprise, an LO a valid LI (or LP+LI), an LI+LO a valid LP.
 */
final class LicencaAnteriorExigida {

    private LicencaAnteriorExigida() {
    }

    static void verificar(ProtocolarProcesso comando, String empreendimentoDoPedido, LicencasAnteriores registro,
                          LocalDate hoje) {
        var exigidos = comando.tipoLicenca().exigeAnterior();
        if (exigidos.isEmpty()) {
            return;
        }
        String nomes = MENSAGENS.ou(exigidos);
        if (comando.licencaAnteriorId() == null || comando.licencaAnteriorId().isBlank()) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.ausente", comando.tipoLicenca(), nomes);
        }
        Optional<LicencaRegistrada> anterior = registro.buscar(comando.licencaAnteriorId());
        if (anterior.isEmpty() || !exigidos.contains(anterior.get().tipoLicenca())) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.outro-tipo", nomes);
        }
        if (!anterior.get().empreendimentoId().equals(empreendimentoDoPedido)) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.outro-empreendimento");
        }
        if (!anterior.get().validaEm(hoje)) {
            throw new RegraVioladaException(MENSAGENS, "licenca-anterior-exigida.invalida", anterior.get().situacao(),
                    anterior.get().validaAte());
        }
    }
}
