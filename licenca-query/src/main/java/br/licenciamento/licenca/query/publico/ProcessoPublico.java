package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.SituacaoProcesso;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A licensing request as anyone may see it. {@code empreendimento} and {@code titular} only when the applicant is a
 * legal person: a natural person's enterprise is often named after them, so it is withheld with their identity.
 */
public record ProcessoPublico(
        String numero,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        SituacaoProcesso situacao,
        String cnae,
        String municipioIbge,
        Instant protocoladoEm,
        LocalDate prazoAnaliseAte,
        boolean prazoSuspenso,
        boolean atrasado,
        long diasDeAtraso,
        String empreendimento,
        TitularPublico titular) {
}
