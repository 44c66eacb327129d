package br.licenciamento.licenca.query.dossie;

import java.util.List;

/**
 * Subscription query of a live list of processes: answered first with {@link ProcessosAcompanhados} (the most
 * recently changed ones, up to {@code limite}), then with one {@link ProcessoAcompanhado} each time a process of the
 * list changes. Only this module sends and answers it, so it is not part of the published language.
 *
 * @param requerentes the persons whose processes are listed; {@code null} for every process (agency staff)
 * @param analista    only processes assigned to this analyst; {@code null} for any
 * @param limite      at most this many processes in the first answer
 */
public record AcompanharProcessos(List<String> requerentes, String analista, int limite) {

    /** Whether a process of this requerente, assigned to this analyst, belongs to the list. */
    public boolean admite(String requerenteId, String analistaDoProcesso) {
        return (requerentes == null || requerentes.contains(requerenteId))
                && (analista == null || analista.equals(analistaDoProcesso));
    }
}
