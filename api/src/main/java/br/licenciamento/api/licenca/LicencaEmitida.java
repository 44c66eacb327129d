package br.licenciamento.api.licenca;

import br.licenciamento.api.processo.CondicionanteDefinida;
import br.licenciamento.api.processo.RegimeJuridico;
import br.licenciamento.api.processo.TipoLicenca;

import java.time.LocalDate;
import java.util.List;

/**
 * A licence was issued with a public number and an authenticity code anyone can check it by.
 */
public record LicencaEmitida(
        String licencaId,
        String numero,
        String codigoAutenticidade,
        String processoId,
        String requerenteId,
        String empreendimentoId,
        String empreendimento,
        TipoLicenca tipoLicenca,
        RegimeJuridico regime,
        LocalDate emitidaEm,
        LocalDate validaAte,
        List<CondicionanteDefinida> condicionantes) {
}
