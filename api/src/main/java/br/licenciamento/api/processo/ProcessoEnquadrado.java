package br.licenciamento.api.processo;


import java.time.LocalDate;
import java.util.List;

/**
 * The request was classified: class, procedure, required studies and checklist, and the agency's analysis due
 * date ({@code null} for LAC, which has no prior analysis).
 */
public record ProcessoEnquadrado(
        String processoId,
        Porte porte,
        PotencialPoluidor potencial,
        int classe,
        ModalidadeDeLicenciamento modalidade,
        List<EstudoAmbiental> estudos,
        List<String> documentosExigidos,
        LocalDate prazoAnaliseAte) {
}
