package br.licenciamento.api.catalogo;

import br.licenciamento.api.processo.EstudoAmbiental;
import br.licenciamento.api.processo.ModalidadeDeLicenciamento;
import br.licenciamento.api.processo.TipoLicenca;

import java.util.List;
import java.util.Set;

/**
 * What a class of enterprise must go through: its procedure, the licence types that procedure admits, the
 * studies and the document checklist.
 */
public record RegraDeProcedimento(
        int classe,
        ModalidadeDeLicenciamento modalidade,
        Set<TipoLicenca> tiposAdmitidos,
        List<EstudoAmbiental> estudos,
        List<String> documentosExigidos) {

    public boolean exigeEiaRima() {
        return estudos.contains(EstudoAmbiental.EIA_RIMA);
    }
}
