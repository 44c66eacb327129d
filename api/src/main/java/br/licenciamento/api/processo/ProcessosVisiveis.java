package br.licenciamento.api.processo;

import java.util.Set;

/**
 * What an applicant may see: every process of the persons they act for, and besides them the processes a power of
 * attorney in force lets them reach. Agency staff have no such limit (a {@code null} where this is asked for).
 */
public record ProcessosVisiveis(Set<String> requerentes, Set<String> processos) {

    public ProcessosVisiveis {
        requerentes = requerentes == null ? Set.of() : Set.copyOf(requerentes);
        processos = processos == null ? Set.of() : Set.copyOf(processos);
    }

    public boolean admite(String processoId, String requerenteId) {
        return requerentes.contains(requerenteId) || processos.contains(processoId);
    }

    /** Nothing at all is visible. */
    public boolean nenhum() {
        return requerentes.isEmpty() && processos.isEmpty();
    }
}
