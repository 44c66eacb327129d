package br.licenciamento.licenca.query.registro;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;

/**
 * One licence of the registry.
 *
 * @param situacao             the effective situation today: as recorded by the licence's events, except that a
 *                             licence still recorded as in force whose validity ended, without an in-time renewal
 *                             keeping it extended, is already VENCIDA
 * @param prorrogadaAteDecisao renewal asked in time: valid past {@code validaAte} until the renewal is decided
 * @param diasParaVencer       days from today to {@code validaAte} while VIGENTE (negative when extended past it),
 *                             otherwise null
 */
public record ResumoLicenca(
        String licencaId,
        String numero,
        String processoId,
        String processoNumero,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        String cnae,
        String municipioIbge,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        LocalDate emitidaEm,
        LocalDate validaAte,
        SituacaoLicenca situacao,
        boolean prorrogadaAteDecisao,
        LocalDate renovacaoSolicitadaEm,
        LocalDate renovadaEm,
        LocalDate suspensaEm,
        LocalDate canceladaEm,
        LocalDate vencidaEm,
        Long diasParaVencer) {
}
