package br.licenciamento.api.processo;

import br.licenciamento.api.catalogo.EstudoAmbiental;
import br.licenciamento.api.catalogo.ModalidadeDeLicenciamento;
import br.licenciamento.api.catalogo.PotencialPoluidor;
import br.licenciamento.api.catalogo.Porte;

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
