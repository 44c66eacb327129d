package br.licenciamento.licenca.command.vigencia;

import br.licenciamento.api.licenca.SituacaoLicenca;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;

/** One licence as the registry knows it. */
public record LicencaRegistrada(
        String licencaId,
        String empreendimentoId,
        TipoLicenca tipoLicenca,
        SituacaoLicenca situacao,
        LocalDate validaAte,
        boolean prorrogadaAteDecisao) {

    /** In force on {@code dia}: not suspended, cancelled or expired, or extended while its renewal is decided. */
    public boolean validaEm(LocalDate dia) {
        return situacao == SituacaoLicenca.VIGENTE && (!dia.isAfter(validaAte) || prorrogadaAteDecisao);
    }
}
