package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.Instant;

/**
 * One line of a live list of processes: enough to show the list and to know which process changed; the client asks
 * for (or follows) the dossier for the rest.
 *
 * @param ultimaOcorrencia the latest line of the process's timeline
 */
public record ProcessoAcompanhado(
        String processoId,
        String numero,
        String requerenteId,
        String empreendimento,
        TipoLicenca tipoLicenca,
        SituacaoProcesso situacao,
        String analista,
        Instant protocoladoEm,
        Instant atualizadoEm,
        String ultimaOcorrencia) {
}
