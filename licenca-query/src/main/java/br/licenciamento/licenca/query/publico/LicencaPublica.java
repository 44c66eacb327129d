package br.licenciamento.licenca.query.publico;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;

/**
 * A licence as anyone may see it, with its effective situation today. {@code empreendimento} and {@code titular} only
 * when the holder is a legal person.
 */
public record LicencaPublica(
        String numero,
        TipoLicenca tipoLicenca,
        SituacaoLicenca situacao,
        LocalDate emitidaEm,
        LocalDate validaAte,
        boolean prorrogadaAteDecisao,
        String processoNumero,
        String cnae,
        String municipioIbge,
        String empreendimento,
        TitularPublico titular) {
}
