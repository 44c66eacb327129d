package br.licenciamento.licenca.query.dossie;

import br.licenciamento.api.processo.ProcessosVisiveis;

/**
 * Subscription query of a live list of processes: answered first with {@link ProcessosAcompanhados} (the most
 * recently changed ones, up to {@code limite}), then with one {@link ProcessoAcompanhado} each time a process of the
 * list changes. Only this module sends and answers it, so it is not part of the published language.
 *
 * @param visiveis the processes the caller may see; {@code null} for every process (agency staff)
 * @param analista only processes assigned to this analyst; {@code null} for any
 * @param limite   at most this many processes in the first answer
 */
public record ConsultaDeProcessosAcompanhados(ProcessosVisiveis visiveis, String analista, int limite) {

    /** Whether this process of this requerente, assigned to this analyst, belongs to the list. */
    public boolean admite(String processoId, String requerenteId, String analistaDoProcesso) {
        return (visiveis == null || visiveis.admite(processoId, requerenteId))
                && (analista == null || analista.equals(analistaDoProcesso));
    }
}
